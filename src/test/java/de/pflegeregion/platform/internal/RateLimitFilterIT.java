package de.pflegeregion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The token bucket: a minute's requests at once, then one per 60/limit seconds, per address and kind. */
class RateLimitFilterTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
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

    private final RateLimitFilter filter = new RateLimitFilter(
            new AbuseLimits(2, 3, 4, DataSize.ofKilobytes(1), DataSize.ofKilobytes(1), DataSize.ofKilobytes(1)), clock);

    @Test
    void aBurstUpToTheLimitPassesThenTheCallerWaitsForTheRefill() {
        assertThat(filter.take("search 10.0.0.1", 4)).isZero();
        assertThat(filter.take("search 10.0.0.1", 4)).isZero();
        assertThat(filter.take("search 10.0.0.1", 4)).isZero();
        assertThat(filter.take("search 10.0.0.1", 4)).isZero();
        assertThat(filter.take("search 10.0.0.1", 4)).isEqualTo(15_000);
        assertThat(filter.take("search 10.0.0.2", 4)).as("another address has its own bucket").isZero();
        now = now.plus(Duration.ofSeconds(10));
        assertThat(filter.take("search 10.0.0.1", 4)).isEqualTo(5_000);
        now = now.plus(Duration.ofSeconds(5));
        assertThat(filter.take("search 10.0.0.1", 4)).isZero();
        now = now.plus(Duration.ofHours(1));
        for (int i = 0; i < 4; i++) {
            assertThat(filter.take("search 10.0.0.1", 4)).as("refilled to the limit, not beyond").isZero();
        }
        assertThat(filter.take("search 10.0.0.1", 4)).isPositive();
    }

    @Test
    void theThirdTokenRequestInAMinuteIsAnswered429WithRetryAfter() throws Exception {
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse passed = send("POST", "/api/v1/auth/token", "192.0.2.7");
            assertThat(passed.getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = send("POST", "/api/v1/auth/token", "192.0.2.7");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(send("POST", "/api/v1/auth/token", "192.0.2.8").getStatus()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/offers/5", "192.0.2.7").getStatus()).as("an offer's own page is not a search").isEqualTo(200);
        assertThat(send("GET", "/api/v1/ping", "192.0.2.7").getStatus()).isEqualTo(200);
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
}
