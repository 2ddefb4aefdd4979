package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.pflegeregion.IntegrationTest;

/**
 * On PostgreSQL the audit log refuses UPDATE, DELETE and TRUNCATE (trigger of migration V60) except the
 * pseudonymisation of an erased account; the retention job deletes failed logins, expired API tokens and
 * expired password links once their time is up, reckoned from the injected clock, and keeps the rest.
 */
@IntegrationTest
class AuditAndRetentionIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Retention retention;

    @Autowired
    RetentionSettings settings;

    @Autowired
    Clock clock;

    @Autowired
    Tenants tenants;

    @Autowired
    Accounts accounts;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
        String subject = UUID.randomUUID().toString();
        auditLog.record(null, "pruefer", "test.recorded", "test", subject, null, "{\"a\":1}");
        long id = auditLog.forSubject("test", subject).getFirst().id();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET action = 'test.changed' WHERE id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'jemand-anderes' WHERE id = ?").param(id).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET after_state = '{}' WHERE id = ?").param(id).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update()).hasStackTraceContaining("append-only");

        AuditEntry kept = auditLog.forSubject("test", subject).getFirst();
        assertThat(kept.action()).isEqualTo("test.recorded");
        assertThat(kept.actor()).isEqualTo("pruefer");
        assertThat(kept.afterState()).isEqualTo("{\"a\":1}");
    }

    @Test
    void theOnlyChangeAllowedIsReplacingANameByItsPseudonym() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "geloescht-" + suffix;
        auditLog.record(null, username, "test.recorded", "test", suffix, null, "{\"by\":\"" + username + "\"}");
        auditLog.pseudonymise(username, null, AccountData.pseudonym(42), "account", "42");
        AuditEntry entry = auditLog.forSubject("test", suffix).getFirst();
        assertThat(entry.actor()).isEqualTo(AccountData.pseudonym(42)).startsWith("pseudonym-");
        assertThat(entry.afterState()).isEqualTo("{\"by\":\"" + AccountData.pseudonym(42) + "\"}");
        assertThat(AccountData.pseudonym(42)).as("stable").isEqualTo(AccountData.pseudonym(42)).isNotEqualTo(AccountData.pseudonym(43));
    }

    @Test
    void retentionDeletesWhatIsOlderThanItsTimeByTheInjectedClock() {
        Instant now = clock.instant();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant county = tenants.create("ret-" + suffix, "Landkreis Ret " + suffix, "09186");
        Account account = accounts.create("ret-" + suffix, "Sicheres-Test-Passwort-1", Role.PROVIDER, county.id(), "Ret", "test");

        Instant tooOldFailure = now.minus(settings.loginFailures()).minus(Duration.ofMinutes(1));
        Instant recentFailure = now.minus(settings.loginFailures()).plus(Duration.ofHours(1));
        jdbc.sql("INSERT INTO login_failure (username, client_ip, failed_at) VALUES (?, 'ip', ?), (?, 'ip', ?)")
                .params("alt-" + suffix, Timestamp.from(tooOldFailure), "neu-" + suffix, Timestamp.from(recentFailure)).update();

        Instant longExpired = now.minus(settings.expiredApiTokens()).minus(Duration.ofDays(1));
        Instant justExpired = now.minus(Duration.ofDays(1));
        insertToken(account, "abgelaufen-" + suffix, longExpired, null);
        insertToken(account, "eben-abgelaufen-" + suffix, justExpired, null);
        insertToken(account, "widerrufen-" + suffix, now.plus(Duration.ofDays(10)), longExpired);
        insertToken(account, "gueltig-" + suffix, now.plus(Duration.ofDays(10)), null);

        Instant resetLongExpired = now.minus(settings.expiredPasswordResets()).minus(Duration.ofDays(1));
        insertReset(account, "r1-" + suffix, resetLongExpired, null);
        insertReset(account, "r2-" + suffix, now.plus(Duration.ofHours(2)), resetLongExpired);
        insertReset(account, "r3-" + suffix, now.plus(Duration.ofHours(2)), null);

        Retention.Purged purged = retention.purge();
        assertThat(purged.loginFailures()).isGreaterThanOrEqualTo(1);
        assertThat(purged.apiTokens()).isGreaterThanOrEqualTo(2);
        assertThat(purged.passwordResets()).isGreaterThanOrEqualTo(2);

        assertThat(count("SELECT COUNT(*) FROM login_failure WHERE username = ?", "alt-" + suffix)).isZero();
        assertThat(count("SELECT COUNT(*) FROM login_failure WHERE username = ?", "neu-" + suffix)).isOne();
        assertThat(jdbc.sql("SELECT label FROM api_token WHERE account_id = ? ORDER BY label").param(account.id()).query(String.class).list())
                .containsExactly("eben-abgelaufen-" + suffix, "gueltig-" + suffix);
        assertThat(jdbc.sql("SELECT token_hash FROM password_reset WHERE account_id = ?").param(account.id()).query(String.class).list())
                .containsExactly("r3-" + suffix);
    }

    private void insertToken(Account account, String label, Instant expiresAt, Instant revokedAt) {
        jdbc.sql("INSERT INTO api_token (account_id, token_hash, label, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(account.id(), label, label, Timestamp.from(expiresAt.minus(Duration.ofDays(30))), Timestamp.from(expiresAt),
                        revokedAt == null ? null : Timestamp.from(revokedAt)).update();
    }

    private void insertReset(Account account, String hash, Instant expiresAt, Instant usedAt) {
        jdbc.sql("INSERT INTO password_reset (account_id, token_hash, created_by, created_at, expires_at, used_at) VALUES (?, ?, 'test', ?, ?, ?)")
                .params(account.id(), hash, Timestamp.from(expiresAt.minus(Duration.ofDays(1))), Timestamp.from(expiresAt),
                        usedAt == null ? null : Timestamp.from(usedAt)).update();
    }

    private long count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
