package de.pflegeregion.platform.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token buckets per limited endpoint and client address: a bucket holds a minute's requests and refills
 * evenly over the minute, so a burst is allowed once and steady abuse is slowed to the limit. An empty
 * bucket answers 429 with Retry-After through the error dispatch (German page, or problem+json under
 * /api). The buckets live in this node's memory: behind a load balancer each node counts for itself.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** Buckets untouched this long are full again and are dropped, so memory stays bounded. */
    private static final long IDLE_MILLIS = 120_000;
    private static final int SWEEP_ABOVE = 10_000;

    static final String RETRY_AFTER_ATTRIBUTE = RateLimitFilter.class.getName() + ".retryAfter";

    private final AbuseLimits limits;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(AbuseLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String kind = kind(request);
        int perMinute = kind == null ? 0 : switch (kind) {
            case "token" -> limits.tokenPerMinute();
            case "login" -> limits.loginPerMinute();
            default -> limits.searchPerMinute();
        };
        if (perMinute > 0) {
            long waitMillis = take(kind + " " + request.getRemoteAddr(), perMinute);
            if (waitMillis > 0) {
                long seconds = Math.max(1, (waitMillis + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Which limit applies: the token endpoint, the login form, the public search; null for the rest. */
    static String kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (method.equals("POST") && path.equals("/api/v1/auth/token")) {
            return "token";
        }
        if (method.equals("POST") && path.equals("/anmelden")) {
            return "login";
        }
        if (method.equals("GET") && (path.equals("/angebote") || path.equals("/api/v1/offers") || path.equals("/api/v1/offers.geojson"))) {
            return "search";
        }
        return null;
    }

    /** Takes one request from the key's bucket: 0 if allowed, else the milliseconds until one is back. */
    long take(String key, int perMinute) {
        long now = clock.millis();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_MILLIS);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(perMinute, now);
    }

    /** Tokens counted in 1/60,000 parts, so refilling {@code capacity} per minute is exact integer arithmetic per millisecond. */
    private static final class Bucket {

        private static final long TOKEN = 60_000;

        private long parts;
        private long updated;

        Bucket(int capacity, long now) {
            this.parts = capacity * TOKEN;
            this.updated = now;
        }

        synchronized long take(int capacity, long now) {
            parts = Math.min(capacity * TOKEN, parts + Math.max(0, now - updated) * capacity);
            updated = Math.max(updated, now);
            if (parts >= TOKEN) {
                parts -= TOKEN;
                return 0;
            }
            return (TOKEN - parts + capacity - 1) / capacity;
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
