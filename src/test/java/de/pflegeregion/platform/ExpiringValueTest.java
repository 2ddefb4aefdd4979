package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The cache ages by the injected clock, not by the wall clock, and outlives a database outage. */
class ExpiringValueTest {

    @Test
    void loadsAgainOnlyAfterTheTimeToLiveOnTheGivenClock() {
        LoginThrottleIT.MovableClock clock = new LoginThrottleIT.MovableClock();
        AtomicInteger loads = new AtomicInteger();
        ExpiringValue<Integer> value = new ExpiringValue<>(clock, Duration.ofSeconds(30), loads::incrementAndGet);
        assertThat(value.get()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(value.get()).as("exactly at the end of the time to live").isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(value.get()).isEqualTo(2);
        value.clear();
        assertThat(value.get()).isEqualTo(3);
    }

    @Test
    void whileTheDatabaseIsAwayTheLastGoodValueIsServedAndTheLoadRetriedAfterFiveSeconds() {
        LoginThrottleIT.MovableClock clock = new LoginThrottleIT.MovableClock();
        AtomicInteger loads = new AtomicInteger();
        AtomicBoolean databaseAway = new AtomicBoolean();
        ExpiringValue<Integer> value = new ExpiringValue<>(clock, Duration.ofSeconds(30), () -> {
            loads.incrementAndGet();
            if (databaseAway.get()) {
                throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms."));
            }
            return loads.get();
        });
        assertThat(value.get()).isEqualTo(1);
        databaseAway.set(true);
        clock.advance(Duration.ofSeconds(31));
        assertThat(value.get()).as("expired, load fails: the last good value").isEqualTo(1);
        assertThat(loads).hasValue(2);
        clock.advance(Duration.ofSeconds(5));
        assertThat(value.get()).isEqualTo(1);
        assertThat(loads).as("no new attempt within five seconds of the failed one").hasValue(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(value.get()).isEqualTo(1);
        assertThat(loads).hasValue(3);
        value.clear();
        assertThat(value.get()).as("cleared while the database is away: still the last good value").isEqualTo(1);
        assertThat(loads).hasValue(4);
        databaseAway.set(false);
        clock.advance(Duration.ofSeconds(6));
        assertThat(value.get()).as("database back: loaded again").isEqualTo(5);
    }

    @Test
    void withoutAnEarlierValueTheFailureIsTheCallersAndOtherErrorsAreNotSwallowed() {
        LoginThrottleIT.MovableClock clock = new LoginThrottleIT.MovableClock();
        ExpiringValue<Integer> away = new ExpiringValue<>(clock, Duration.ofSeconds(30), () -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });
        assertThatThrownBy(away::get).isInstanceOf(CannotGetJdbcConnectionException.class);

        AtomicInteger loads = new AtomicInteger();
        ExpiringValue<Integer> buggy = new ExpiringValue<>(clock, Duration.ofSeconds(30), () -> {
            if (loads.incrementAndGet() > 1) {
                throw new IllegalStateException("a bug, not an outage");
            }
            return 1;
        });
        assertThat(buggy.get()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(buggy::get).isInstanceOf(IllegalStateException.class);
    }
}
