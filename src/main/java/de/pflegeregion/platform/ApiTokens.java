package de.pflegeregion.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * Bearer tokens for programs acting for an account (spec planning.md, "POST /api/v1/auth/token"):
 * random, stored as SHA-256 only, valid for {@link AccountSettings#apiTokenLifetime()} unless revoked.
 */
@Service
public class ApiTokens {

    private final JdbcClient jdbc;
    private final SecretTokens secrets;
    private final AuditLog auditLog;
    private final AccountSettings settings;
    private final Clock clock;
    private final ObjectMapper json;

    ApiTokens(JdbcClient jdbc, Accounts accounts, AuditLog auditLog, AccountSettings settings, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.secrets = new SecretTokens(jdbc, accounts, clock, "api_token", "revoked_at");
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public IssuedToken issue(Account account, String label) {
        IssuedToken issued = secrets.issue(account.id(), settings.apiTokenLifetime(), Map.of("label", label));
        auditLog.record(account.tenantId(), account.username(), "account.token-created", "account", String.valueOf(account.id()),
                null, json.writeValueAsString(Map.of("label", label, "expiresAt", issued.expiresAt().toString())));
        return issued;
    }

    /** The account's tokens, newest first, with revoked and expired ones. */
    public List<ApiToken> of(Account account) {
        return jdbc.sql("SELECT id, label, created_at, expires_at, revoked_at FROM api_token WHERE account_id = ? ORDER BY id DESC")
                .param(account.id())
                .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("label"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("revoked_at")).map(Timestamp::toInstant).orElse(null)))
                .list();
    }

    /** Revokes one of the account's own tokens; false when the account has no such token. */
    @Transactional
    public boolean revoke(long tokenId, Account account) {
        int changed = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), tokenId, account.id()).update();
        boolean owned = changed > 0 || jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = ? AND account_id = ?")
                .params(tokenId, account.id()).query(Integer.class).single() > 0;
        if (changed > 0) {
            auditLog.record(account.tenantId(), account.username(), "account.token-revoked", "account", String.valueOf(account.id()),
                    null, json.writeValueAsString(Map.of("token", tokenId)));
        }
        return owned;
    }

    /** The enabled account a token stands for, if the token is known, not revoked and not expired. */
    public Optional<Account> accountOf(String token) {
        return secrets.holder(token);
    }

    /** Deletes the tokens expired or revoked longer than {@code keep} ago (retention); the number deleted. */
    int purge(Duration keep) {
        return secrets.purge(keep);
    }
}
