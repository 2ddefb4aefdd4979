package de.pflegeregion.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * One-time links to set a new password, created by a county admin and handed over by the admin
 * (nothing is mailed): valid for {@link AccountSettings#passwordResetLifetime()}, once.
 */
@Service
public class PasswordResets {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SecretTokens secrets;
    private final AuditLog auditLog;
    private final AccountSettings settings;
    private final Clock clock;
    private final ObjectMapper json;

    PasswordResets(JdbcClient jdbc, Accounts accounts, AuditLog auditLog, AccountSettings settings, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.secrets = new SecretTokens(jdbc, accounts, clock, "password_reset", "used_at");
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    /** A new link token for the account; earlier unused links of the account stop working. */
    @Transactional
    public IssuedToken issue(Account account, Account admin) {
        jdbc.sql("UPDATE password_reset SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), account.id()).update();
        IssuedToken issued = secrets.issue(account.id(), settings.passwordResetLifetime(), Map.of("created_by", admin.username()));
        auditLog.record(account.tenantId(), admin.username(), "account.password-reset-issued", "account", String.valueOf(account.id()),
                null, json.writeValueAsString(Map.of("expiresAt", issued.expiresAt().toString())));
        return issued;
    }

    /** The enabled account whose unused, unexpired link this is. */
    public Optional<Account> accountOf(String token) {
        return secrets.holder(token);
    }

    /** Deletes the links expired or used longer than {@code keep} ago (retention); the number deleted. */
    int purge(Duration keep) {
        return secrets.purge(keep);
    }

    /** Sets the new password and uses the link up; false when the link is unknown, used or expired. */
    @Transactional
    public boolean complete(String token, String newPassword) {
        Optional<Account> account = accountOf(token);
        if (account.isEmpty()) {
            return false;
        }
        PasswordRule.check("password", "Neues Passwort", newPassword);
        if (!secrets.spend(token)) {
            return false;
        }
        accounts.storePassword(account.get().id(), newPassword);
        auditLog.record(account.get().tenantId(), account.get().username(), "account.password-reset", "account",
                String.valueOf(account.get().id()), null, null);
        return true;
    }
}
