package de.pflegeregion.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one time zone and clock of the installation. Every date and time is taken from the injected
 * {@link Clock}, never from the JVM's zone: a server on UTC would otherwise show yesterday between
 * midnight and 2 a.m. German time and apply the wrong law on the day a change takes effect.
 */
@Configuration(proxyBeanMethods = false)
public class CountyClock {

    /** German local time, summer time included. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
