package de.pflegeregion.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of random secrets handed out once (api_token, password_reset): 256 random bits, stored only
 * as their SHA-256, valid until {@code expires_at} and until the table's {@code spentColumn} (revoked_at,
 * used_at) is set. A fast hash is enough because the secret is random, unlike a chosen password.
 */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final String table;
    private final String spentColumn;

    SecretTokens(JdbcClient jdbc, Accounts accounts, Clock clock, String table, String spentColumn) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.table = table;
        this.spentColumn = spentColumn;
    }

    /** A new secret for the account, valid for {@code lifetime} from now; {@code columns} are the table's own (label, created_by). */
    IssuedToken issue(long accountId, Duration lifetime, Map<String, Object> columns) {
        String token = newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("account_id", accountId);
        values.put("token_hash", hash(token));
        values.put("created_at", Timestamp.from(now));
        values.put("expires_at", Timestamp.from(expiresAt));
        values.putAll(columns);
        jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                        + String.join(", ", values.keySet().stream().map(column -> "?").toList()) + ")")
                .params(values.values().toArray()).update();
        return new IssuedToken(token, expiresAt);
    }

    /** The enabled account a secret stands for, if it is known, not spent and not expired. */
    Optional<Account> holder(String token) {
        return accounts.holderOfSecret(table, spentColumn, hash(token), Timestamp.from(clock.instant())).filter(Account::enabled);
    }

    /** Marks one secret spent now; false when it was unknown or spent already. */
    boolean spend(String token) {
        return jdbc.sql("UPDATE " + table + " SET " + spentColumn + " = ? WHERE token_hash = ? AND " + spentColumn + " IS NULL")
                .params(Timestamp.from(clock.instant()), hash(token)).update() > 0;
    }

    /** Deletes the secrets expired or spent longer than {@code keep} ago; the number deleted. */
    int purge(Duration keep) {
        Timestamp limit = Timestamp.from(clock.instant().minus(keep));
        return jdbc.sql("DELETE FROM " + table + " WHERE expires_at < ? OR " + spentColumn + " < ?").params(limit, limit).update();
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 as 64 lower-case hex digits; this is what the database keeps. */
    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
