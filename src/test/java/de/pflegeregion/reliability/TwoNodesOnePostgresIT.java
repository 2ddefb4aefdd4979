package de.pflegeregion.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application nodes on one fresh PostgreSQL cluster of the test's own, under mixed traffic:
 * steady load (latency per kind, heap after GC and RSS at start and end), how soon a change made
 * on one node shows on the other, PostgreSQL stopped and started again under the nodes, and one
 * node killed with SIGKILL. Afterwards every acknowledged free-place report is looked for in the
 * database. The short form runs in {@code ./mvnw verify}; {@code src/test/reliability/run.sh full}
 * runs ten minutes of steady load (system properties {@code reliability.steady},
 * {@code reliability.lagProbes}).
 */
class TwoNodesOnePostgresIT {

    private static final Duration STEADY = Duration.parse(System.getProperty("reliability.steady", "PT15S"));
    private static final int LAG_PROBES = Integer.getInteger("reliability.lagProbes", 10);
    private static final Duration LAG_BOUND = Duration.ofSeconds(2);
    /** Heap after GC and RSS are sampled this often during a steady phase longer than it (the full run). */
    private static final Duration MEMORY_SAMPLE = Duration.ofMinutes(1);
    private static final List<String> KINDS = List.of("search", "assessment", "benefits", "free-places", "forecast", "session");

    private final StringBuilder report = new StringBuilder();
    private List<Traffic.Outcome> cutOff = List.of();
    private Duration cpuOfKilled = Duration.ZERO;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void twoNodesHoldLoadSurviveFaultsAndLoseNothingAcknowledged() throws Exception {
        line("Reliability run %s, load average %s, steady %s, %d lag probes", ZonedDateTime.now(ZoneOffset.UTC), loadAverage(), STEADY, LAG_PROBES);
        try (ThrowawayPostgres pg = ThrowawayPostgres.start()) {
            pg.createDatabase("pflegeregion");
            String url = pg.jdbcUrl("pflegeregion");
            Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "reliability")), "nodes-");
            long t0 = System.nanoTime();
            // both start at once (Flyway serialises the migration); only A loads the demo data
            var startingB = java.util.concurrent.CompletableFuture.supplyAsync(() -> AppNode.startUnchecked("B", url, work, "--pflegeregion.demo-data=false"));
            try (AppNode a = AppNode.start("A", url, work); AppNode b = startingB.join();
                 Traffic traffic = new Traffic(List.of(a, b))) {
                line("PostgreSQL on 127.0.0.1:%d, node A on %d (pid %d), node B on %d (pid %d), both up after %.1f s "
                                + "(CPU to readiness A %.1f s, B %.1f s; JVM options %s)",
                        pg.port(), a.port(), a.pid(), b.port(), b.pid(), (System.nanoTime() - t0) / 1e9,
                        a.startCpu().toMillis() / 1e3, b.startCpu().toMillis() / 1e3, AppNode.JVM_OPTIONS);
                traffic.prepare();
                long warm = System.nanoTime();
                traffic.start();
                // warmed up once every kind has been answered on both nodes
                await("every kind answered on both nodes").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> answeredOnEach(traffic, warm, List.of("A", "B"), 1));
                line("Warm-up: every kind answered on both nodes after %.1f s", (System.nanoTime() - warm) / 1e9);

                steadyLoad(traffic, a, b);
                changeVisibleOnTheOtherNode(traffic, a, b);
                databaseRestarted(traffic, pg, a, b);
                nodeKilled(traffic, a, b);

                traffic.stop();
                nothingAcknowledgedLost(traffic, url);
                // what the run costs a dedicated machine: CPU of the nodes and of this JVM (driver and checks), PostgreSQL aside
                line("CPU used: node A %.1f s (until killed), node B %.1f s, test JVM %.1f s; wall %.1f s since the cluster was up",
                        cpuOfKilled.toMillis() / 1e3, b.cpu().toMillis() / 1e3,
                        ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1e3, (System.nanoTime() - t0) / 1e9);
            } finally {
                System.out.println(report);
                Path out = Files.createDirectories(Path.of("target", "reliability"));
                Files.writeString(out.resolve("two-nodes.txt"), report);
            }
        }
    }

    /** (d) Closed-loop mixed traffic on both nodes: no errors; latency per kind; heap and RSS before and after. */
    private void steadyLoad(Traffic traffic, AppNode a, AppNode b) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "reliability"));
        Files.writeString(out.resolve("histogram-start-A.txt"), a.classHistogram(40));
        Files.writeString(out.resolve("histogram-start-B.txt"), b.classHistogram(40));
        String before = memory(a) + "; " + memory(b);
        long from = System.nanoTime();
        List<String> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
        var sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
        if (STEADY.compareTo(MEMORY_SAMPLE) > 0) {
            sampler.scheduleAtFixedRate(() -> samples.add(String.format(java.util.Locale.ROOT, "  after %4.1f min: %s; %s",
                    (System.nanoTime() - from) / 6e10, memoryUnchecked(a), memoryUnchecked(b))),
                    MEMORY_SAMPLE.toMillis(), MEMORY_SAMPLE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        try {
            // the steady phase is a fixed span of load; it ends early at the first failed request
            await("steady load").during(STEADY).atMost(STEADY.plusSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .failFast("a request failed under steady load", () -> traffic.outcomes().stream().anyMatch(o -> o.endNanos() >= from && !o.ok()))
                    .until(() -> true);
        } catch (TerminalFailureException failed) {
            // reported with the failures below
        } finally {
            // a sample under way as the phase ends finishes (shutdownNow interrupted its jcmd); later ones are cancelled
            sampler.shutdown();
            sampler.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        }
        long to = System.nanoTime();
        String after = memory(a) + "; " + memory(b);
        Files.writeString(out.resolve("histogram-end-A.txt"), a.classHistogram(40));
        Files.writeString(out.resolve("histogram-end-B.txt"), b.classHistogram(40));
        List<Traffic.Outcome> window = within(traffic.outcomes(), from, to);
        line("Steady load %s: %d requests (%.0f/s), memory at start %s, at end %s", STEADY, window.size(),
                window.size() / ((to - from) / 1e9), before, after);
        samples.forEach(this::line);
        Traffic.percentiles(window).forEach((kind, p) ->
                line("  %-11s n=%6.0f  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms", kind, p[3], p[0], p[1], p[2]));
        assertThat(traffic.outcomes().stream().filter(o -> o.endNanos() >= from && o.startNanos() <= to && !o.ok()).toList())
                .as("errors under steady load").isEmpty();
        assertThat(Traffic.percentiles(window).keySet()).containsAll(KINDS);
    }

    /** (b) A report made on one node, polled on the other's search index until it shows there. */
    private void changeVisibleOnTheOtherNode(Traffic traffic, AppNode a, AppNode b) throws Exception {
        Traffic.CountableOffer offer = traffic.lagProbeOffer();
        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < LAG_PROBES; i++) {
            AppNode writer = i % 2 == 0 ? a : b;
            AppNode reader = writer == a ? b : a;
            Traffic.Outcome written = traffic.reportOn(writer, offer, traffic.adminToken, i % (offer.capacity() + 1), "lag-write");
            assertThat(written.ok()).as("lag probe write %s", written).isTrue();
            Traffic.AcknowledgedWrite ack = traffic.acknowledged().stream().filter(w -> w.offerId() == offer.id())
                    .max(Comparator.comparingLong(Traffic.AcknowledgedWrite::ackNanos)).orElseThrow();
            long[] seen = new long[1];
            // polled well past the bound, so a probe over it is measured and reported rather than cut off
            await("report of probe " + i + " on node " + reader.name()).atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10)).until(() -> {
                        boolean shown = ack.reportedAt().equals(traffic.reportedAtOn(reader, offer.id()));
                        seen[0] = System.nanoTime();
                        return shown;
                    });
            lags.add((seen[0] - ack.ackNanos()) / 1e6);
        }
        lags.sort(null);
        line("Change on one node visible on the other: %d probes, median %.0f ms, worst %.0f ms (bound %d ms)",
                lags.size(), lags.get(lags.size() / 2), lags.getLast(), LAG_BOUND.toMillis());
        assertThat(lags.getLast()).as("worst lag in ms").isLessThanOrEqualTo(LAG_BOUND.toMillis());
    }

    /**
     * (c) PostgreSQL stopped under traffic and started again (what {@code pg_ctlcluster … restart}
     * does, with a pause between): health DOWN then UP on both nodes without restarting them, answers
     * during the outage a German 503 page or 503 problem+json, and none after it.
     */
    private void databaseRestarted(Traffic traffic, ThrowawayPostgres pg, AppNode a, AppNode b) throws Exception {
        long pidA = a.pid();
        long pidB = b.pid();
        HealthWatch watch = new HealthWatch(List.of(a, b));
        long down = System.nanoTime();
        pg.stop();
        long stopped = System.nanoTime();
        watch.await(503, Duration.ofSeconds(30), "health DOWN on both nodes while PostgreSQL is stopped");
        // held down until both nodes have answered requests that need the database with 503
        await("503 answers on both nodes during the outage").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> List.of("A", "B").stream().allMatch(node -> traffic.outcomes().stream()
                        .anyMatch(o -> o.node().equals(node) && o.startNanos() >= stopped && o.status() == 503)));
        pg.startAgain();
        long restarted = System.nanoTime();
        watch.await(200, Duration.ofSeconds(60), "health UP again on both nodes");
        long up = System.nanoTime();
        // recovered once every kind has been answered again on both nodes, by requests begun after health was UP
        await("every kind answered on both nodes after the restart").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> answeredOnEach(traffic, up, List.of("A", "B"), 1));
        long after = System.nanoTime();
        watch.stop();
        assertThat(a.pid()).isEqualTo(pidA);
        assertThat(b.pid()).isEqualTo(pidB);
        assertThat(a.alive() && b.alive()).as("nodes kept running").isTrue();

        List<Traffic.Outcome> outage = traffic.outcomes().stream().filter(o -> o.endNanos() >= down && o.startNanos() <= up).toList();
        List<Traffic.Outcome> refused = outage.stream().filter(o -> !o.ok()).toList();
        // the fast shutdown ends the server's connections under running requests: one whose page was already
        // being sent when its session save then failed is cut off (counted, like the killed node's in-flight requests)
        cutOff = refused.stream().filter(o -> o.status() == 0 && o.failure() != null && o.failure().startsWith("java.io.IOException")
                && o.startNanos() <= stopped && o.endNanos() >= down).toList();
        List<Traffic.Outcome> badAnswers = refused.stream().filter(Predicate.not(TwoNodesOnePostgresIT::germanUnavailable))
                .filter(o -> !cutOff.contains(o)).toList();
        List<Traffic.Outcome> recovery = within(traffic.outcomes(), up, after);
        line("PostgreSQL stopped and started: health DOWN after %.1f s, UP %.1f s after the start (outage %.1f s); "
                        + "%d requests during the outage, %d answered 503 (German page or problem+json), "
                        + "%d cut off while the server ended their connections, %d other failures; "
                        + "%d requests in the %.1f s after until every kind was answered again on both nodes, %d failed",
                watch.firstSeen(503) - down < 0 ? 0 : (watch.firstSeen(503) - down) / 1e9, (up - restarted) / 1e9, (up - down) / 1e9,
                outage.size(), refused.size() - badAnswers.size() - cutOff.size(), cutOff.size(), badAnswers.size(),
                recovery.size(), (after - up) / 1e9, recovery.stream().filter(o -> !o.ok()).count());
        refused.stream().collect(Collectors.groupingBy(o -> o.kind() + " " + o.status(), Collectors.counting()))
                .forEach((k, n) -> line("  during the outage: %s x%d", k, n));
        assertThat(badAnswers).as("answers during the outage other than a German 503").isEmpty();
        assertThat(recovery.stream().filter(o -> !o.ok()).toList()).as("failures after PostgreSQL is back").isEmpty();
    }

    /** (a) Node A killed with SIGKILL under traffic: only its own in-flight requests fail; its session goes on on B. */
    private void nodeKilled(Traffic traffic, AppNode a, AppNode b) throws Exception {
        cpuOfKilled = a.cpu();
        long kill = System.nanoTime();
        a.kill();
        traffic.remove(a);
        long removed = System.nanoTime();
        // the survivor has answered every kind, twice, since the kill (the session opened on A among them)
        await("every kind answered on the survivor").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> answeredOnEach(traffic, removed, List.of("B"), 2));
        long end = System.nanoTime();
        List<Traffic.Outcome> all = traffic.outcomes();
        List<Traffic.Outcome> inFlightOnKilled = all.stream()
                .filter(o -> o.node().equals("A") && !o.ok() && o.startNanos() <= removed && o.endNanos() >= kill).toList();
        List<Traffic.Outcome> survivor = within(all, kill, end).stream().filter(o -> o.node().equals("B")).toList();
        // the browser session was opened on A; B knows it from the database
        HttpResponse<String> ownPage = traffic.providerBrowser.send(HttpRequest.newBuilder(b.uri("/anbieter")).build(),
                HttpResponse.BodyHandlers.ofString());
        line("Node A killed (SIGKILL): %d of its in-flight requests failed; node B served %d requests in the %.1f s after, %d failed; "
                        + "the session opened on A answered %d on B",
                inFlightOnKilled.size(), survivor.size(), (end - kill) / 1e9, survivor.stream().filter(o -> !o.ok()).count(),
                ownPage.statusCode());
        assertThat(a.alive()).isFalse();
        assertThat(survivor.stream().filter(o -> !o.ok()).toList()).as("survivor's failures").isEmpty();
        assertThat(survivor.stream().filter(o -> o.kind().equals("session") && o.ok()).count()).as("session requests on B").isPositive();
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(ownPage.body()).contains(Traffic.PROVIDER_OFFER);
        List<Traffic.Outcome> otherFailures = all.stream().filter(o -> !o.ok()).filter(o -> !inFlightOnKilled.contains(o))
                .filter(o -> !cutOff.contains(o))
                .filter(Predicate.not(TwoNodesOnePostgresIT::germanUnavailable)).toList();
        assertThat(otherFailures).as("failures other than the outage's 503 and the killed node's in-flight requests").isEmpty();
    }

    /** Every acknowledged report is in the audit log, and each offer holds the last acknowledged value. */
    private void nothingAcknowledgedLost(Traffic traffic, String url) throws Exception {
        List<Traffic.AcknowledgedWrite> acknowledged = traffic.acknowledged();
        Set<String> audited = new HashSet<>();
        Map<Long, Instant> current = new HashMap<>();
        Map<Long, Integer> currentPlaces = new HashMap<>();
        var json = JsonMapper.builder().build();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT subject_id, after_state FROM audit_log WHERE action = 'offer.free-places-reported'");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonNode free = json.readTree(rs.getString(2)).path("freePlaces").path("tagespflege");
                    audited.add(rs.getString(1) + "/" + free.path("count").asInt() + "/" + instant(free.path("reportedAt")));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT offer_id, places, reported_at FROM offer_free_places WHERE type_code = 'tagespflege'");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    current.put(rs.getLong(1), rs.getTimestamp(3).toInstant());
                    currentPlaces.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        List<Traffic.AcknowledgedWrite> missing = acknowledged.stream()
                .filter(w -> !audited.contains(w.offerId() + "/" + w.places() + "/" + w.reportedAt())).toList();
        Map<Long, Traffic.AcknowledgedWrite> last = acknowledged.stream().collect(Collectors.toMap(Traffic.AcknowledgedWrite::offerId, w -> w,
                (x, y) -> x.reportedAt().isAfter(y.reportedAt()) ? x : y));
        List<String> notCurrent = last.values().stream()
                .filter(w -> !w.reportedAt().equals(current.get(w.offerId())) || w.places() != currentPlaces.get(w.offerId()))
                .map(w -> w + " but the database holds " + currentPlaces.get(w.offerId()) + " reported at " + current.get(w.offerId())).toList();
        line("Acknowledged free-place reports: %d (on A %d, on B %d); missing from the audit log afterwards: %d; "
                        + "offers not holding their last acknowledged report: %d",
                acknowledged.size(), acknowledged.stream().filter(w -> w.node().equals("A")).count(),
                acknowledged.stream().filter(w -> w.node().equals("B")).count(), missing.size(), notCurrent.size());
        assertThat(acknowledged).hasSizeGreaterThan(10);
        assertThat(missing).as("acknowledged reports missing").isEmpty();
        assertThat(notCurrent).as("offers whose last acknowledged report was overwritten or lost").isEmpty();
    }

    /** An instant as the audit log's JSON holds it: ISO-8601 text, or seconds with a fraction. */
    private static Instant instant(JsonNode value) {
        if (value.isNumber()) {
            java.math.BigDecimal seconds = value.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(value.asString());
    }

    /** A refusal the outage may give: 503 as problem+json or a German HTML page, without internals. */
    static boolean germanUnavailable(Traffic.Outcome o) {
        if (o.status() != 503 || o.body() == null || o.body().contains("Exception") || o.body().contains("\tat ")) {
            return false;
        }
        return o.contentType().startsWith("application/problem+json") && o.body().contains("\"status\":503")
                || o.contentType().startsWith("text/html") && o.body().contains("lang=\"de\"") && o.body().contains("nicht erreichbar");
    }

    /** Polls both nodes' /actuator/health every 200 ms and remembers when each status was first seen on all. */
    private final class HealthWatch {
        private final List<AppNode> nodes;
        private final ConcurrentLinkedQueue<long[]> seen = new ConcurrentLinkedQueue<>();
        private final java.util.concurrent.ScheduledExecutorService poller =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());

        HealthWatch(List<AppNode> nodes) {
            this.nodes = nodes;
            poller.scheduleWithFixedDelay(() -> {
                int[] statuses = this.nodes.stream().mapToInt(this::status).toArray();
                if (java.util.Arrays.stream(statuses).distinct().count() == 1) {
                    seen.add(new long[]{statuses[0], System.nanoTime()});
                }
            }, 0, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        private int status(AppNode node) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(node.uri("/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 503 && !r.body().contains("\"DOWN\"") ? -1 : r.statusCode();
            } catch (Exception e) {
                return -2;
            }
        }

        void await(int status, Duration timeout, String what) {
            long since = System.nanoTime();
            org.awaitility.Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(100))
                    .until(() -> seen.stream().anyMatch(s -> s[0] == status && s[1] >= since));
        }

        long firstSeen(int status) {
            return seen.stream().filter(s -> s[0] == status).mapToLong(s -> s[1]).min().orElse(-1);
        }

        void stop() throws InterruptedException {
            poller.shutdownNow();
            poller.awaitTermination(15, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Whether every kind of request begun after {@code since} has been answered 2xx at least {@code times} on each node. */
    private static boolean answeredOnEach(Traffic traffic, long since, List<String> nodes, int times) {
        Map<String, Long> answered = traffic.outcomes().stream().filter(o -> o.startNanos() >= since && o.ok())
                .collect(Collectors.groupingBy(o -> o.node() + " " + o.kind(), Collectors.counting()));
        return nodes.stream().allMatch(node -> KINDS.stream().allMatch(kind -> answered.getOrDefault(node + " " + kind, 0L) >= times));
    }

    private static List<Traffic.Outcome> within(List<Traffic.Outcome> outcomes, long from, long to) {
        return outcomes.stream().filter(o -> o.startNanos() >= from && o.endNanos() <= to).toList();
    }

    private static String memory(AppNode node) throws Exception {
        return String.format("%s heap after GC %d MiB, RSS %d MiB", node.name(), node.heapAfterGcKiB() / 1024, node.rssKiB() / 1024);
    }

    private static String memoryUnchecked(AppNode node) {
        try {
            return memory(node);
        } catch (Exception e) {
            return node.name() + " memory unknown: " + e;
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        report.append(String.format(java.util.Locale.ROOT, format, args)).append('\n');
    }
}
