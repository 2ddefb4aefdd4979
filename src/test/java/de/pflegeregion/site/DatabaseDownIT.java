package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import de.pflegeregion.platform.CountySettings;

/**
 * While the database is unreachable a person gets a German 503 page and a program a 503
 * problem+json, both with Retry-After: whether a controller or a filter (such as the session
 * repository) met the failure. The shell alone in a servlet container, so the container's own error
 * dispatch is exercised.
 */
@SpringBootTest(classes = DatabaseDownIT.Shell.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseDownIT {

    private static CannotGetJdbcConnectionException databaseDown() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms."));
    }

    /** Not a @SpringBootConfiguration: the other tests of this package must keep finding the application's. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, ThymeleafAutoConfiguration.class})
    @EnableConfigurationProperties(CountySettings.class)
    @Import({ErrorPages.class, ApiProblems.class, LayoutModel.class, SiteNavigation.class})
    static class Shell {

        @Bean
        NavigationEntry someFeature() {
            return NavigationEntry.forCitizens(1, "/seite", "Eine Seite", "Liest aus der Datenbank.");
        }

        @Bean
        PageNeedingTheDatabase page() {
            return new PageNeedingTheDatabase();
        }

        @Bean
        ApiNeedingTheDatabase api() {
            return new ApiNeedingTheDatabase();
        }

        @Bean
        OncePerRequestFilter sessionStore() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    if (request.getRequestURI().endsWith("/sitzung")) {
                        throw databaseDown();
                    }
                    chain.doFilter(request, response);
                }
            };
        }
    }

    @Controller
    static class PageNeedingTheDatabase {
        @GetMapping("/seite")
        String page() {
            throw databaseDown();
        }
    }

    @RestController
    static class ApiNeedingTheDatabase {
        @GetMapping("/api/v1/daten")
        String data() {
            throw databaseDown();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/seite", "/seite/sitzung"})
    void aPageSaysInGermanToTryAgainLater(String path) throws Exception {
        HttpResponse<String> response = unavailable(path, "text/html");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"de\">").contains("gerade nicht erreichbar").contains("noch einmal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/daten", "/api/v1/daten/sitzung"})
    void theApiAnswers503ProblemJson(String path) throws Exception {
        HttpResponse<String> response = unavailable(path, "application/json");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":503").contains("Datenbank").contains("\"instance\":\"" + path + "\"");
    }

    /** 503 with Retry-After and nothing of the failure's internals. */
    private HttpResponse<String> unavailable(String path, String accept) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue(ApiProblems.RETRY_AFTER_SECONDS);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("JDBC").doesNotContain("Hikari");
        return response;
    }
}
