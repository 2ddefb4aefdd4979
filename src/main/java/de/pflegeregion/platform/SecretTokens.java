package de.pflegeregion.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random secrets handed out once (API tokens, password reset links): 256 random bits, stored only
 * as their SHA-256. A fast hash is enough because the secret is random, unlike a chosen password.
 */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The account a still valid secret in {@code table} (api_token, password_reset) belongs to:
     * found by its hash, not expired at {@code now} and meeting {@code stillValid} (e.g. not revoked).
     */
    static Optional<Long> holder(JdbcClient jdbc, String table, String stillValid, String token, Instant now) {
        return jdbc.sql("SELECT account_id FROM " + table + " WHERE token_hash = ? AND " + stillValid + " AND expires_at > ?")
                .params(hash(token), Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** SHA-256 as 64 lower-case hex digits; this is what the database keeps. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
