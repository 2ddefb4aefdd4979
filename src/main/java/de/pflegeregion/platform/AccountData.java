package de.pflegeregion.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * What the platform holds about one account, for the DSGVO rights of access (Art. 15) and erasure
 * (Art. 17): the export lists the account, its roles, API tokens and password links (never a hash or
 * secret), failed logins under its name, open sessions and the audit entries by or about it. Erasure
 * deletes all of it except the audit trail, which must stay complete: there the name is replaced by a
 * stable pseudonym, so the entries still show that one and the same (now anonymous) account acted.
 */
@Service
public class AccountData {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final ObjectMapper json;

    AccountData(JdbcClient jdbc, Accounts accounts, AuditLog auditLog, ObjectMapper json) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.json = json;
    }

    /** The pseudonym that replaces an erased account's name: derived from its id, the same every time. */
    public static String pseudonym(long accountId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("pflegeregion-account:" + accountId).getBytes(StandardCharsets.UTF_8));
            return "pseudonym-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Everything stored about the account, as ordered maps ready to be written as JSON. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(long accountId) {
        Account account = accounts.byId(accountId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", Map.of("id", account.id(), "username", account.username(), "displayName", account.displayName(),
                "roles", account.roles(), "enabled", account.enabled(), "countyId", account.tenantId() == null ? "" : account.tenantId()));
        data.put("apiTokens", jdbc.sql("""
                SELECT label, created_at, expires_at, revoked_at FROM api_token WHERE account_id = ? ORDER BY id""")
                .param(accountId).query().listOfRows().stream().map(AccountData::strings).toList());
        data.put("passwordLinks", jdbc.sql("""
                SELECT created_by, created_at, expires_at, used_at FROM password_reset WHERE account_id = ? ORDER BY id""")
                .param(accountId).query().listOfRows().stream().map(AccountData::strings).toList());
        data.put("failedLogins", jdbc.sql("SELECT client_ip, failed_at FROM login_failure WHERE username = ? ORDER BY failed_at")
                .param(account.username()).query().listOfRows().stream().map(AccountData::strings).toList());
        data.put("openSessions", jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(account.username()).query(Long.class).single());
        data.put("auditEntries", auditLog.byOrAbout(account.username(), "account", String.valueOf(accountId)).stream()
                .map(e -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("occurredAt", e.occurredAt().toString());
                    entry.put("actor", e.actor());
                    entry.put("action", e.action());
                    entry.put("subject", e.subjectType() + (e.subjectId() == null ? "" : " " + e.subjectId()));
                    entry.put("before", e.beforeState());
                    entry.put("after", e.afterState());
                    return entry;
                }).toList());
        return data;
    }

    /**
     * Erases the account: its row with roles, tokens and password links (cascading), its failed logins and
     * sessions; the audit trail keeps every entry with the name replaced by {@link #pseudonym(long)}, and
     * records the erasure itself under the admin's name.
     */
    @Transactional
    public String erase(long accountId, Account admin) {
        Account account = accounts.byId(accountId).orElseThrow();
        String pseudonym = pseudonym(accountId);
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(account.username()).update();
        jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(account.username()).update();
        jdbc.sql("DELETE FROM account WHERE id = ?").param(accountId).update();
        auditLog.pseudonymise(account.username(), account.displayName(), pseudonym, "account", String.valueOf(accountId));
        auditLog.record(account.tenantId(), admin.username(), "account.erased", "account", String.valueOf(accountId), null,
                json.writeValueAsString(Map.of("pseudonym", pseudonym, "basis", "Art. 17 DSGVO")));
        return pseudonym;
    }

    private static Map<String, String> strings(Map<String, Object> row) {
        Map<String, String> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column, value == null ? null : value.toString()));
        return values;
    }
}
