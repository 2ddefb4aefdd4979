package de.pflegeregion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pflegeregion: a county's platform for long-term care under SGB XI, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PflegeregionApplication {

    public static void main(String[] args) {
        SpringApplication.run(PflegeregionApplication.class, args);
    }
}
