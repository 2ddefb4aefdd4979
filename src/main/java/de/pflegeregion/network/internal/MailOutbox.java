package de.pflegeregion.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.pflegeregion.network.OutgoingMail;

/**
 * The persistent outbox: every {@link OutgoingMail} becomes one row per recipient, written in the transaction
 * of the change that sends it (the listener runs synchronously), so a mail exists exactly when its cause does.
 */
@Component
public class MailOutbox {

    /** PENDING waits for SMTP, MANUAL for the coordinator (SMTP off), SENT and SENT_BY_HAND are done. */
    public enum State { PENDING, MANUAL, SENT, SENT_BY_HAND }

    public record Row(long id, long tenantId, String kind, String recipient, String subject, String body, String calendar,
                      State state, int attempts, Instant nextAttempt, String lastError, Instant created, Instant sent) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailSettings settings;

    MailOutbox(JdbcClient jdbc, Clock clock, MailSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @EventListener
    void on(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String recipient : mail.recipients()) {
            jdbc.sql("""
                    INSERT INTO network_mail_outbox (tenant_id, kind, recipients, subject, body, calendar, state, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(mail.countyId(), mail.kind(), recipient, mail.subject(), mail.text(), mail.calendar(),
                            (settings.enabled() ? State.PENDING : State.MANUAL).name(), now, now).update();
        }
    }

    /** Rows due for an attempt at {@code now}, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM network_mail_outbox WHERE state = 'PENDING' AND next_attempt_at <= ?
                AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ?""")
                .params(Timestamp.from(now), Timestamp.from(now), limit).query(Long.class).list();
    }

    /** Claims a row for one node for a while; false when another node has it. */
    boolean claim(long id, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE network_mail_outbox SET claimed_until = ? WHERE id = ? AND state = 'PENDING'
                AND (claimed_until IS NULL OR claimed_until < ?)""")
                .params(Timestamp.from(until), id, Timestamp.from(now)).update() == 1;
    }

    void sent(long id, Instant now) {
        jdbc.sql("UPDATE network_mail_outbox SET state = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_until = NULL, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(now), id).update();
    }

    void failed(long id, int attempts, Instant next, String error) {
        jdbc.sql("UPDATE network_mail_outbox SET attempts = ?, next_attempt_at = ?, claimed_until = NULL, last_error = ? WHERE id = ?")
                .params(attempts, Timestamp.from(next), error == null ? null : error.substring(0, Math.min(error.length(), 1000)), id)
                .update();
    }

    public Optional<Row> row(long id) {
        return jdbc.sql("SELECT * FROM network_mail_outbox WHERE id = ?").param(id).query(MailOutbox::row).optional();
    }

    /** Mails of a county still to be sent (by SMTP or by hand), then the latest sent ones. */
    public List<Row> open(long tenantId) {
        return jdbc.sql("SELECT * FROM network_mail_outbox WHERE tenant_id = ? AND state IN ('PENDING', 'MANUAL') ORDER BY id")
                .param(tenantId).query(MailOutbox::row).list();
    }

    public List<Row> recentlySent(long tenantId, int limit) {
        return jdbc.sql("SELECT * FROM network_mail_outbox WHERE tenant_id = ? AND state IN ('SENT', 'SENT_BY_HAND') ORDER BY id DESC LIMIT ?")
                .params(tenantId, limit).query(MailOutbox::row).list();
    }

    /** The coordinator sent a MANUAL mail by hand. */
    public boolean markSentByHand(long tenantId, long id) {
        return jdbc.sql("UPDATE network_mail_outbox SET state = 'SENT_BY_HAND', sent_at = ? WHERE tenant_id = ? AND id = ? AND state = 'MANUAL'")
                .params(Timestamp.from(clock.instant()), tenantId, id).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Row(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("kind"), rs.getString("recipients"),
                rs.getString("subject"), rs.getString("body"), rs.getString("calendar"), State.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }
}
