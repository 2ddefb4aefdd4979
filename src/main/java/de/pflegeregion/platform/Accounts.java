package de.pflegeregion.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts with their role and county; passwords are stored only as DelegatingPasswordEncoder hashes. */
@Service
public class Accounts {

    private static final String COLUMNS = "id, username, role, tenant_id, display_name, enabled";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    @Transactional
    public Account create(String username, String rawPassword, Role role, Long tenantId, String displayName, String actor) {
        if (!username.matches("[a-z0-9._-]{3,100}")) {
            throw new IllegalArgumentException("username must be 3-100 lower-case letters, digits, '.', '_' or '-'");
        }
        if (role != Role.PUBLIC && tenantId == null) {
            throw new IllegalArgumentException("a " + role + " account needs a county");
        }
        jdbc.sql("INSERT INTO account (username, password_hash, role, tenant_id, display_name) VALUES (?, ?, ?, ?, ?)")
                .params(username, passwordEncoder.encode(rawPassword), role.name(), tenantId, displayName).update();
        Account account = byUsername(username).orElseThrow();
        auditLog.record(tenantId, actor, "account.created", "account", String.valueOf(account.id()), null,
                "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}");
        return account;
    }

    /** Disables (or re-enables) a login; a disabled account cannot log in and its open sessions lose access. */
    @Transactional
    public Account setEnabled(long accountId, boolean enabled, String actor) {
        Account before = byId(accountId).orElseThrow();
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?").params(enabled, accountId).update();
        auditLog.record(before.tenantId(), actor, enabled ? "account.enabled" : "account.disabled", "account",
                String.valueOf(accountId), "{\"enabled\":" + before.enabled() + "}", "{\"enabled\":" + enabled + "}");
        return byId(accountId).orElseThrow();
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?").param(username)
                .query(Account.class).optional();
    }

    public Optional<Account> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?").param(id).query(Account.class).optional();
    }

    public List<Account> ofTenant(long tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE tenant_id = ? ORDER BY username").param(tenantId)
                .query(Account.class).list();
    }

    /** The stored hash, for the login check only. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(username).query(String.class).optional();
    }
}
