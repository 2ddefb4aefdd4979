package de.pflegeregion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import de.pflegeregion.IntegrationTest;

/**
 * The token bucket in PostgreSQL: a minute's requests at once, then one per 60/limit seconds, per
 * address and kind; fails open while the database is away. The clock runs a day ahead of the real one,
 * so the application's own purge of idle buckets does not touch this test's rows.
 */
@IntegrationTest
class RateLimitFilterIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private Instant now = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private RateLimitBuckets buckets;
    private RateLimitFilter filter;

    @BeforeEach
    void filterOnTheTestDatabase() {
        buckets = new RateLimitBuckets(dataSource, clock);
        filter = new RateLimitFilter(new AbuseLimits(2, 3, 4, DataSize.ofKilobytes(1), DataSize.ofKilobytes(1), DataSize.ofKilobytes(1)), buckets);
    }

    @Test
    void aBurstUpToTheLimitPassesThenTheCallerWaitsForTheRefill() {
        assertThat(buckets.take("search 10.0.1.1", 4)).isZero();
        assertThat(buckets.take("search 10.0.1.1", 4)).isZero();
        assertThat(buckets.take("search 10.0.1.1", 4)).isZero();
        assertThat(buckets.take("search 10.0.1.1", 4)).isZero();
        assertThat(buckets.take("search 10.0.1.1", 4)).isEqualTo(15_000);
        assertThat(buckets.take("search 10.0.1.2", 4)).as("another address has its own bucket").isZero();
        now = now.plus(Duration.ofSeconds(10));
        assertThat(buckets.take("search 10.0.1.1", 4)).isEqualTo(5_000);
        now = now.plus(Duration.ofSeconds(5));
        assertThat(buckets.take("search 10.0.1.1", 4)).isZero();
        now = now.plus(Duration.ofHours(1));
        for (int i = 0; i < 4; i++) {
            assertThat(buckets.take("search 10.0.1.1", 4)).as("refilled to the limit, not beyond").isZero();
        }
        assertThat(buckets.take("search 10.0.1.1", 4)).isPositive();
    }

    @Test
    void theThirdTokenRequestInAMinuteIsAnswered429WithRetryAfter() throws Exception {
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse passed = send("POST", "/api/v1/auth/token", "192.0.2.17");
            assertThat(passed.getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = send("POST", "/api/v1/auth/token", "192.0.2.17");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(send("POST", "/api/v1/auth/token", "192.0.2.18").getStatus()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/offers/5", "192.0.2.17").getStatus()).as("an offer's own page is not a search").isEqualTo(200);
        assertThat(send("GET", "/api/v1/ping", "192.0.2.17").getStatus()).isEqualTo(200);
    }

    @Test
    void onlyTheTokenEndpointTheLoginFormAndTheSearchAreLimited() {
        assertThat(RateLimitFilter.kind(request("POST", "/anmelden", "1.2.3.4"))).isEqualTo("login");
        assertThat(RateLimitFilter.kind(request("GET", "/anmelden", "1.2.3.4"))).isNull();
        assertThat(RateLimitFilter.kind(request("GET", "/angebote", "1.2.3.4"))).isEqualTo("search");
        assertThat(RateLimitFilter.kind(request("GET", "/api/v1/offers.geojson", "1.2.3.4"))).isEqualTo("search");
        assertThat(RateLimitFilter.kind(request("GET", "/angebote/17", "1.2.3.4"))).isNull();
        assertThat(RateLimitFilter.kind(request("POST", "/api/v1/assessment", "1.2.3.4"))).isNull();
    }

    private MockHttpServletResponse send(String method, String path, String address) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(method, path, address), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String method, String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void idleBucketsArePurgedAndStartFullAgain() {
        assertThat(buckets.take("token 10.0.2.1", 1)).isZero();
        assertThat(buckets.take("token 10.0.2.1", 1)).isPositive();
        now = now.plus(Duration.ofMillis(RateLimitBuckets.IDLE_MILLIS + 1));
        assertThat(buckets.purgeIdle()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE bucket_key = 'token 10.0.2.1'").query(Long.class).single()).isZero();
        assertThat(buckets.take("token 10.0.2.1", 1)).isZero();
    }

    @Test
    void whileTheDatabaseIsAwayRequestsPassAndTheDatabaseIsAskedAgainOnlyAfterAPause() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        DataSource away = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1") {
            @Override
            public java.sql.Connection getConnection() throws java.sql.SQLException {
                attempts.incrementAndGet();
                return super.getConnection();
            }
        };
        RateLimitBuckets unreachable = new RateLimitBuckets(away, clock);
        RateLimitFilter failingOpen = new RateLimitFilter(new AbuseLimits(1, 1, 1, DataSize.ofKilobytes(1), DataSize.ofKilobytes(1),
                DataSize.ofKilobytes(1)), unreachable);
        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            failingOpen.doFilter(request("POST", "/api/v1/auth/token", "192.0.2.30"), response, new MockFilterChain());
            assertThat(response.getStatus()).as("fails open: no 429, no 500").isEqualTo(200);
        }
        assertThat(attempts).as("one attempt, then a pause").hasValue(1);
        now = now.plus(Duration.ofMillis(RateLimitBuckets.PAUSE_AFTER_FAILURE_MILLIS));
        assertThat(unreachable.take("token 192.0.2.30", 1)).isZero();
        assertThat(attempts).hasValue(2);
    }
}
