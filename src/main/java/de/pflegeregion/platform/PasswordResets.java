package de.pflegeregion.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
    private final AuditLog auditLog;
    private final AccountSettings settings;
    private final Clock clock;
    private final ObjectMapper json;

    PasswordResets(JdbcClient jdbc, Accounts accounts, AuditLog auditLog, AccountSettings settings, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    /** A new link token for the account; earlier unused links of the account stop working. */
    @Transactional
    public IssuedToken issue(Account account, Account admin) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.passwordResetLifetime());
        jdbc.sql("UPDATE password_reset SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(Timestamp.from(now), account.id()).update();
        jdbc.sql("INSERT INTO password_reset (account_id, token_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(account.id(), SecretTokens.hash(token), admin.username(), Timestamp.from(now), Timestamp.from(expiresAt)).update();
        auditLog.record(account.tenantId(), admin.username(), "account.password-reset-issued", "account", String.valueOf(account.id()),
                null, json.writeValueAsString(Map.of("expiresAt", expiresAt.toString())));
        return new IssuedToken(token, expiresAt);
    }

    /** The enabled account whose unused, unexpired link this is. */
    public Optional<Account> accountOf(String token) {
        return SecretTokens.holder(jdbc, "password_reset", "used_at IS NULL", token, clock.instant())
                .flatMap(accounts::byId)
                .filter(Account::enabled);
    }

    /** Sets the new password and uses the link up; false when the link is unknown, used or expired. */
    @Transactional
    public boolean complete(String token, String newPassword) {
        Optional<Account> account = accountOf(token);
        if (account.isEmpty()) {
            return false;
        }
        PasswordRule.check("password", "Neues Passwort", newPassword);
        int used = jdbc.sql("UPDATE password_reset SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), SecretTokens.hash(token)).update();
        if (used == 0) {
            return false;
        }
        accounts.storePassword(account.get().id(), newPassword);
        auditLog.record(account.get().tenantId(), account.get().username(), "account.password-reset", "account",
                String.valueOf(account.get().id()), null, null);
        return true;
    }
}
