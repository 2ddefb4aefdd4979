package de.pflegeregion.fuzz;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's own {@link JsonMapper} and Bean Validation {@link Validator}, built by Spring Boot's
 * auto-configuration from the application's properties ({@code spring.jackson.*}), in a context of just
 * those two (no web server, no database), so that the JSON fuzz targets parse as the API does.
 */
public final class ApplicationJson {

    private static final ConfigurableApplicationContext CONTEXT = new SpringApplicationBuilder(JacksonAutoConfiguration.class,
            ValidationAutoConfiguration.class).web(WebApplicationType.NONE).logStartupInfo(false).run();

    private ApplicationJson() {
    }

    public static JsonMapper mapper() {
        return CONTEXT.getBean(JsonMapper.class);
    }

    public static Validator validator() {
        return CONTEXT.getBean(Validator.class);
    }
}
