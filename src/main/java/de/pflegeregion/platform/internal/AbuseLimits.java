package de.pflegeregion.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits against abuse ({@code pflegeregion.limits.*}, see docs/reliability.md): requests per client
 * address and minute for the token endpoint, the login form and the public offer search, counted in the
 * database for all nodes together ({@link RateLimitBuckets}); and the largest request body per kind of
 * endpoint (announced or streamed, {@link RequestSizeFilter}). 0 requests per minute turns a
 * rate limit off. The client address is the connection's, or the one a trusted proxy names when
 * {@code server.forward-headers-strategy=native} and {@code server.tomcat.remoteip.internal-proxies} say so.
 *
 * @param tokenPerMinute  POST /api/v1/auth/token
 * @param loginPerMinute  POST /anmelden
 * @param searchPerMinute GET /angebote, /api/v1/offers and /api/v1/offers.geojson
 * @param jsonBody        bodies of JSON and every other small content type
 * @param formBody        application/x-www-form-urlencoded
 * @param uploadBody      multipart uploads and raw files (CSV, octet-stream); the largest upload (GENESIS) decides
 */
@ConfigurationProperties("pflegeregion.limits")
record AbuseLimits(@DefaultValue("10") int tokenPerMinute,
                   @DefaultValue("30") int loginPerMinute,
                   @DefaultValue("120") int searchPerMinute,
                   @DefaultValue("1MB") DataSize jsonBody,
                   @DefaultValue("2MB") DataSize formBody,
                   @DefaultValue("300MB") DataSize uploadBody) {
}
