package de.pflegeregion.platform.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat hands an answer to the socket in pieces the size of the connection's write buffer (8 KiB by default), each
 * piece one system call and one TCP segment. With 64 KiB most answers go out in one piece (the county forecast is
 * 48 kB): its kernel time per request fell from 117 to 43 µs (docs/performance.md). The buffer is held by every open
 * connection, so {@code server.tomcat.max-connections} is lowered to keep the worst case as before.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorBuffersConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(
            @Value("${pflegeregion.http.socket-write-buffer:64KB}") DataSize size) {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes())));
    }
}
