package de.pflegeregion.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits per limited endpoint and client address ({@link RateLimitBuckets}, shared by all nodes
 * through the database): a burst of a minute's requests is allowed once, steady abuse is slowed to the
 * limit. An empty bucket answers 429 with Retry-After through the error dispatch (German page, or
 * problem+json under /api).
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_ATTRIBUTE = RateLimitFilter.class.getName() + ".retryAfter";

    private final AbuseLimits limits;
    private final RateLimitBuckets buckets;

    RateLimitFilter(AbuseLimits limits, RateLimitBuckets buckets) {
        this.limits = limits;
        this.buckets = buckets;
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
            long waitMillis = buckets.take(kind + " " + request.getRemoteAddr(), perMinute);
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
}
