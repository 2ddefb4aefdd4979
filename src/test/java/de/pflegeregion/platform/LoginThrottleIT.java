package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.pflegeregion.IntegrationTest;

/** The lock rule itself, with a clock the test moves: 5 failures in 15 minutes lock for 15 minutes. */
@IntegrationTest
class LoginThrottleIT {

    /** A clock the test sets; the database stores what it says. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    JdbcClient jdbc;

    final MovableClock clock = new MovableClock();
    final String user = "nutzer-" + UUID.randomUUID();

    @Test
    void fifthFailureWithinTheWindowLocksForFifteenMinutes() {
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed(user, "10.0.0.1");
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.lockedUntil(user, "10.0.0.1")).isEmpty();
        throttle.failed(user, "10.0.0.1");
        Instant fifth = clock.instant();
        assertThat(throttle.lockedUntil(user, "10.0.0.1")).contains(fifth.plus(LoginThrottle.LOCK));
        assertThat(throttle.lockedUntil(user, "10.0.0.2")).as("another address").isEmpty();
        assertThat(throttle.lockedUntil("jemand-anders", "10.0.0.1")).as("another username").isEmpty();
        clock.advance(LoginThrottle.LOCK.minusSeconds(1));
        assertThat(throttle.lockedUntil(user, "10.0.0.1")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil(user, "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        for (int i = 0; i < 10; i++) {
            throttle.failed(user, "10.0.0.1");
            clock.advance(Duration.ofMinutes(4));
            assertThat(throttle.lockedUntil(user, "10.0.0.1")).as("after failure " + (i + 1)).isEmpty();
        }
    }

    @Test
    void successForgetsEarlierFailures() {
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed(user, "10.0.0.1");
        }
        throttle.succeeded(user, "10.0.0.1");
        throttle.failed(user, "10.0.0.1");
        assertThat(throttle.lockedUntil(user, "10.0.0.1")).isEmpty();
    }
}
