package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The cache ages by the injected clock, not by the wall clock. */
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
}
