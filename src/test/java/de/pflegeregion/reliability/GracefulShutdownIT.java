package de.pflegeregion.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.pflegeregion.PostgresTestDatabase;
import de.pflegeregion.planning.DemoPopulation;
import de.pflegeregion.planning.ShippedData;

/**
 * A population upload (GENESIS file, one transaction) is in flight, its body still arriving, when
 * the node is stopped: on SIGTERM the node finishes it and answers before it exits, and the whole
 * import is stored; on SIGKILL nothing of it is stored and the earlier import stays as it was.
 */
class GracefulShutdownIT {

    private static final Duration UPLOAD_TIME = Duration.ofSeconds(4);
    private static String database;
    private static String url;
    private static Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String population = DemoPopulation.pfaffenhofen2022(ShippedData.quotas(ShippedData.QUOTA_SETS.get(0)));

    @BeforeAll
    static void database() throws IOException {
        database = PostgresTestDatabase.createEmpty("pflegeregion_shutdown");
        url = PostgresTestDatabase.urlOf(database);
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "reliability")), "shutdown-");
    }

    @AfterAll
    static void dropDatabase() {
        PostgresTestDatabase.drop(database);
    }

    @Test
    void sigtermLetsTheImportInFlightFinishAndSigkillLeavesNoHalfImport() throws Exception {
        // the second node starts alongside (without the demo loader, which the first runs)
        CompletableFuture<AppNode> second = CompletableFuture.supplyAsync(
                () -> AppNode.startUnchecked("killed", url, work, "--pflegeregion.demo-data=false"));
        AppNode first;
        try {
            first = AppNode.start("graceful", url, work);
        } catch (RuntimeException | IOException e) {
            second.thenAccept(AppNode::closeQuietly);
            throw e;
        }
        try (AppNode node = first; AppNode killed = second.join()) {
            String token = plannerToken(node);
            CountDownLatch halfSent = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> upload = upload(node, token, "sigterm.ffcsv", halfSent);
            assertThat(halfSent.await(30, TimeUnit.SECONDS)).isTrue();
            node.terminate();
            // a new request is no longer taken while the running one finishes
            Awaitility.await("new request after SIGTERM refused").atMost(Duration.ofSeconds(10)).until(() -> refused(node));

            HttpResponse<String> answer = upload.get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(node.awaitExit(Duration.ofSeconds(40))).as("node exits after the request").isTrue();
            JsonNode json = JsonMapper.builder().build().readTree(answer.body());
            int rows = json.path("rows").asInt();
            assertThat(rows).isPositive();
            assertThat(storedRows("sigterm.ffcsv")).as("rows of the import stored").containsExactly(rows, rows);
            assertThat(node.logText()).as("log of the stopped node").doesNotContain(" ERROR ").doesNotContain("Exception");

            List<Integer> before = storedRows("sigterm.ffcsv");
            String killedToken = plannerToken(killed);
            CountDownLatch killedHalfSent = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> killedUpload = upload(killed, killedToken, "sigkill.ffcsv", killedHalfSent);
            assertThat(killedHalfSent.await(30, TimeUnit.SECONDS)).isTrue();
            killed.kill();
            assertThat(killedUpload).failsWithin(Duration.ofSeconds(30));
            assertThat(storedRows("sigkill.ffcsv")).as("nothing of the killed import").containsExactly(0, 0);
            assertThat(storedRows("sigterm.ffcsv")).as("the earlier import untouched").isEqualTo(before);
        }
    }

    /** Sends the population file slowly, so that it is still arriving when the node is stopped. */
    private CompletableFuture<HttpResponse<String>> upload(AppNode node, String token, String fileName, CountDownLatch halfSent) {
        byte[] bytes = population.getBytes(StandardCharsets.UTF_8);
        int chunk = 2048;
        long pauseMillis = Math.max(1, UPLOAD_TIME.toMillis() * chunk / bytes.length);
        InputStream slow = new InputStream() {
            private int position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= bytes.length) {
                    return -1;
                }
                if (position >= bytes.length / 2) {
                    halfSent.countDown();
                }
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                int n = Math.min(Math.min(len, chunk), bytes.length - position);
                System.arraycopy(bytes, position, b, off, n);
                position += n;
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(node.uri("/api/v1/planning/" + Traffic.KREIS_AGS + "/population?kind=bestand&fileName=" + fileName))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> slow)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private boolean refused(AppNode node) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(node.uri("/api/v1/ping")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() != 200;
        } catch (IOException | InterruptedException e) {
            return true;
        }
    }

    private String plannerToken(AppNode node) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(node.uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + Traffic.PLANNER + "\",\"password\":\"" + Traffic.PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(r.body()).path("token").asString();
    }

    /** The row count the import recorded and the population rows stored for it (0, 0 if there is no such import). */
    private static List<Integer> storedRows(String fileName) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresTestDatabase.user(), "");
             PreparedStatement s = c.prepareStatement("SELECT i.row_count, (SELECT count(*) FROM planning_population p WHERE p.import_id = i.id) "
                     + "FROM planning_import i WHERE i.file_name = ?")) {
            s.setString(1, fileName);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? List.of(rs.getInt(1), rs.getInt(2)) : List.of(0, 0);
            }
        }
    }
}
