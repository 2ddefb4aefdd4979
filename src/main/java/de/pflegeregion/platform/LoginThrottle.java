package de.pflegeregion.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one username from one
 * address within 15 minutes, that pair is locked for 15 minutes. Failures live in the database so
 * every node of an installation sees them. Attempts during a lock are not counted, so a lock ends.
 * {@link Retention} deletes old failures.
 */
@Service
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The end of the lock for this username and address, if one is in force now. */
    public Optional<Instant> lockedUntil(String username, String clientIp) {
        Instant now = clock.instant();
        List<Instant> failures = jdbc.sql("""
                SELECT failed_at FROM login_failure
                WHERE username = ? AND client_ip = ? AND failed_at > ? ORDER BY failed_at DESC""")
                .params(key(username), ip(clientIp), Timestamp.from(now.minus(WINDOW).minus(LOCK)))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        Instant latest = failures.getFirst();
        Instant until = latest.plus(LOCK);
        long inWindow = failures.stream().filter(t -> !t.isBefore(latest.minus(WINDOW))).count();
        return inWindow >= MAX_FAILURES && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    public void failed(String username, String clientIp) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO login_failure (username, client_ip, failed_at) VALUES (?, ?, ?)")
                .params(key(username), ip(clientIp), Timestamp.from(now)).update();
    }

    /** A successful login forgets earlier failures of this username from this address. */
    public void succeeded(String username, String clientIp) {
        jdbc.sql("DELETE FROM login_failure WHERE username = ? AND client_ip = ?").params(key(username), ip(clientIp)).update();
    }

    private static String key(String username) {
        // PostgreSQL text cannot hold NUL; a name with one is never an account's, so it is counted without it
        String key = username == null ? "" : username.replace("\u0000", "").strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static String ip(String clientIp) {
        String ip = clientIp == null ? "unbekannt" : clientIp.replace("\u0000", "");
        return ip.length() > 64 ? ip.substring(0, 64) : ip;
    }
}
