package de.pflegeregion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.io.ClassPathResource;

import de.pflegeregion.IntegrationTest;

/**
 * The running connector has the large write buffer and the lowered connection limit that keeps the buffers' worst
 * case where Tomcat's defaults had it; an answer larger than the buffer still arrives whole.
 */
@IntegrationTest
class ConnectorBuffersIT {

    @Autowired
    ServletWebServerApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void theConnectorWritesIn64KiBPiecesAndHoldsAtMost1800Connections() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("65536");
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("8192");
        assertThat(String.valueOf(connector.getProperty("maxConnections"))).isEqualTo("1800");
    }

    @Test
    void anAnswerLargerThanTheBufferArrivesWhole() throws Exception {
        byte[] stylesheet;
        try (InputStream in = new ClassPathResource("static/vendor/kern/kern.min.css").getInputStream()) {
            stylesheet = in.readAllBytes();
        }
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/vendor/kern/kern.min.css")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(stylesheet.length).isGreaterThan(2 * 65536);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(stylesheet);
    }
}
