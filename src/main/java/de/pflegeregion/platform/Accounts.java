package de.pflegeregion.platform;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/** Accounts with their roles and county; passwords are stored only as DelegatingPasswordEncoder hashes. */
@Service
public class Accounts {

    /** One row per account and role; an account without a role row cannot exist (see create). */
    private static final String SELECT = """
            SELECT a.id, a.username, a.tenant_id, a.display_name, a.enabled, r.role
            FROM account a JOIN account_role r ON r.account_id = a.id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ObjectMapper json;

    Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog, ObjectMapper json) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.json = json;
    }

    @Transactional
    public Account create(String username, String rawPassword, Role role, Long tenantId, String displayName, String actor) {
        return create(username, rawPassword, Set.of(role), tenantId, displayName, actor);
    }

    @Transactional
    public Account create(String username, String rawPassword, Set<Role> roles, Long tenantId, String displayName, String actor) {
        if (!Account.isValidUsername(username)) {
            throw new IllegalArgumentException("username must be 3-100 lower-case letters, digits, '.', '_' or '-'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        if (!roles.equals(Set.of(Role.PUBLIC)) && tenantId == null) {
            throw new IllegalArgumentException("a " + roles + " account needs a county");
        }
        PasswordRule.check("password", "Passwort", rawPassword);
        jdbc.sql("INSERT INTO account (username, password_hash, tenant_id, display_name) VALUES (?, ?, ?, ?)")
                .params(username, passwordEncoder.encode(rawPassword), tenantId, displayName).update();
        long id = jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
        for (Role role : EnumSet.copyOf(roles)) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
        Account account = byId(id).orElseThrow();
        auditLog.record(tenantId, actor, "account.created", "account", String.valueOf(id), null,
                json.writeValueAsString(Map.of("username", username, "roles", EnumSet.copyOf(roles))));
        return account;
    }

    /** Disables (or re-enables) a login; a disabled account cannot log in and its open sessions lose access. */
    @Transactional
    public Account setEnabled(long accountId, boolean enabled, String actor) {
        Account before = byId(accountId).orElseThrow();
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?").params(enabled, accountId).update();
        auditLog.record(before.tenantId(), actor, enabled ? "account.enabled" : "account.disabled", "account",
                String.valueOf(accountId), json.writeValueAsString(Map.of("enabled", before.enabled())),
                json.writeValueAsString(Map.of("enabled", enabled)));
        return byId(accountId).orElseThrow();
    }

    /** Sets a new password chosen by a county admin, e.g. after the provider forgot it; the hash only is stored. */
    @Transactional
    public void setPassword(long accountId, String rawPassword, String actor) {
        Account account = byId(accountId).orElseThrow();
        PasswordRule.check("password", "Neues Passwort", rawPassword);
        storePassword(accountId, rawPassword);
        auditLog.record(account.tenantId(), actor, "account.password-set", "account", String.valueOf(accountId), null, null);
    }

    /** The account changes its own password; only with the current one, so an open session alone is not enough. */
    @Transactional
    public void changeOwnPassword(long accountId, String currentPassword, String newPassword) {
        Account account = byId(accountId).orElseThrow();
        String hash = passwordHash(account.username()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidInput("currentPassword", "Bisheriges Passwort: Das Passwort stimmt nicht. Bitte geben Sie es noch einmal ein.");
        }
        PasswordRule.check("newPassword", "Neues Passwort", newPassword);
        storePassword(accountId, newPassword);
        auditLog.record(account.tenantId(), account.username(), "account.password-changed", "account", String.valueOf(accountId), null, null);
    }

    void storePassword(long accountId, String rawPassword) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(passwordEncoder.encode(rawPassword), accountId).update();
    }

    public Optional<Account> byUsername(String username) {
        if (!Account.isValidUsername(username)) {
            return Optional.empty(); // no stored name has other characters; a NUL would not even reach the database
        }
        return assemble(jdbc.sql(SELECT + "WHERE a.username = ?").param(username)).stream().findFirst();
    }

    public Optional<Account> byId(long id) {
        return assemble(jdbc.sql(SELECT + "WHERE a.id = ?").param(id)).stream().findFirst();
    }

    /** The account holding an unspent, unexpired secret of a {@link SecretTokens} table, read with the secret in one query. */
    Optional<Account> holderOfSecret(String table, String spentColumn, String tokenHash, Timestamp now) {
        return assemble(jdbc.sql(SELECT + "JOIN " + table + " t ON t.account_id = a.id WHERE t.token_hash = ? AND t." + spentColumn
                + " IS NULL AND t.expires_at > ?").params(tokenHash, now)).stream().findFirst();
    }

    /** The county's accounts by username, with their roles, in one query. */
    public List<Account> ofTenant(long tenantId) {
        return assemble(jdbc.sql(SELECT + "WHERE a.tenant_id = ? ORDER BY a.username").param(tenantId));
    }

    /** The stored hash, for the login check only. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(username).query(String.class).optional();
    }

    /** Folds the one-row-per-role result into accounts, keeping the query's order. */
    private static List<Account> assemble(JdbcClient.StatementSpec query) {
        record Row(long id, String username, Long tenantId, String displayName, boolean enabled, Role role) {
        }
        Map<Long, List<Row>> byAccount = new LinkedHashMap<>();
        query.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getObject("tenant_id", Long.class),
                        rs.getString("display_name"), rs.getBoolean("enabled"), Role.valueOf(rs.getString("role"))))
                .list().forEach(row -> byAccount.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byAccount.values().stream().map(rows -> {
            Row first = rows.getFirst();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            rows.forEach(row -> roles.add(row.role()));
            return new Account(first.id(), first.username(), roles, first.tenantId(), first.displayName(), first.enabled());
        }).toList();
    }
}
