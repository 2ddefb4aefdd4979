package de.pflegeregion.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * Issue 8, defect 6: uploads through the real servlet container (MockMvc has no multipart limits),
 * so the container's limit cannot answer before the import page's own 5 MB check.
 */
@IntegrationTest
class ImportUploadIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;

    HttpClient http;
    SelfServiceFixture f;

    @BeforeEach
    void logIn() throws Exception {
        f = new SelfServiceFixture(tenants, accounts, registry);
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + enc(f.admin.username()) + "&password=" + enc(SelfServiceFixture.PASSWORD)
                + "&_csrf=" + enc(csrf(get("/anmelden")));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/anmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/verwaltung"));
    }

    @Test
    void aSixMegabyteFileGetsTheGermanMessageAndTheSourceIsKept() throws Exception {
        byte[] sixMegabytes = new byte[6 * 1024 * 1024];
        Arrays.fill(sixMegabytes, (byte) 'a');

        HttpResponse<String> page = upload(sixMegabytes, "Liste Juni 2026");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Die Datei ist größer als 5 MB").contains("value=\"Liste Juni 2026\"")
                .contains("Angebote aus einer CSV-Datei importieren");
    }

    private HttpResponse<String> upload(byte[] file, String source) throws Exception {
        String token = csrf(get("/verwaltung/import"));
        String boundary = "----grenze" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"quelle\"\r\n\r\n" + source + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"angebote.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(url("/verwaltung/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("CSRF token in the page").isTrue();
        return m.group(1);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
