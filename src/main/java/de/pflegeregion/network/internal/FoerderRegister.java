package de.pflegeregion.network.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.network.OutgoingMail;
import de.pflegeregion.platform.CountySettings;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * Förderprogramme and the county's applications and grants per measure (seed 000, Handlungsfeld 5), with
 * reminders before a programme's deadline, before a grant's period ends and before its proof of use is due:
 * listed on the page and sent once each as an {@link OutgoingMail} through the network's outbox.
 */
@Service
public class FoerderRegister {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Tenants tenants;
    private final CountySettings countySettings;
    private final TransactionTemplate transaction;
    private final int reminderDays;

    FoerderRegister(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Tenants tenants, CountySettings countySettings,
                    TransactionTemplate transaction, @Value("${pflegeregion.network.reminder-days:30}") int reminderDays) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.tenants = tenants;
        this.countySettings = countySettings;
        this.reminderDays = reminderDays;
    }

    public record Programme(long id, String name, String geber, String legalBasis, LocalDate deadline, BigDecimal maxAmount,
                            BigDecimal sharePercent, String conditions, String link) {
    }

    public enum GrantStatus {
        GEPLANT("geplant"), BEANTRAGT("beantragt"), BEWILLIGT("bewilligt"), ABGELEHNT("abgelehnt"), ABGERECHNET("abgerechnet");

        private final String label;

        GrantStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase();
        }
    }

    public record Grant(long id, long programmeId, String programmeName, Long measureId, String measureTitle, GrantStatus status,
                        BigDecimal amount, BigDecimal ownShare, LocalDate periodFrom, LocalDate periodTo, LocalDate proofDue) {
        public BigDecimal total() {
            return amount.add(ownShare);
        }
    }

    /** A reminder due now: what, for which programme or grant, by when. */
    public record Reminder(String kind, long refId, LocalDate due, String text) {
    }

    public List<Programme> programmes(Tenant county) {
        return jdbc.sql("""
                        SELECT id, name, geber, legal_basis, deadline, max_amount_eur, share_percent, conditions, link
                        FROM network_foerderprogramm WHERE tenant_id = ? ORDER BY name""").param(county.id())
                .query((rs, n) -> new Programme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), MeasurePlan.localDate(rs, 5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9))).list();
    }

    public long addProgramme(Tenant county, String name, String geber, String legalBasis, LocalDate deadline, BigDecimal maxAmount,
                             BigDecimal sharePercent, String conditions, String link) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "Name: Bitte geben Sie den Namen des Förderprogramms an.");
        }
        if (geber == null || geber.isBlank()) {
            throw new InvalidInput("geber", "Fördergeber: Bitte geben Sie an, wer fördert.");
        }
        MeasurePlan.limit(name, 300, "name", "Name");
        MeasurePlan.limit(geber, 300, "geber", "Fördergeber");
        MeasurePlan.limit(legalBasis, 300, "rechtsgrundlage", "Rechtsgrundlage");
        MeasurePlan.limit(conditions, 4000, "bedingungen", "Bedingungen");
        MeasurePlan.limit(link, 500, "link", "Link");
        MeasurePlan.limitAmount(maxAmount, "hoechstbetrag", "Höchstbetrag");
        if (maxAmount != null && maxAmount.signum() < 0) {
            throw new InvalidInput("hoechstbetrag", "Höchstbetrag: Bitte einen Betrag ab 0 Euro.");
        }
        if (sharePercent != null && (sharePercent.signum() < 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidInput("anteil", "Förderanteil: Bitte eine Zahl von 0 bis 100 Prozent.");
        }
        if (link != null && !link.isBlank() && !link.strip().matches("https?://\\S+")) {
            throw new InvalidInput("link", "Link: Bitte eine Adresse, die mit https:// beginnt.");
        }
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO network_foerderprogramm (tenant_id, name, geber, legal_basis, deadline, max_amount_eur, share_percent, conditions, link)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(county.id(), name.strip(), geber.strip(), MeasurePlan.text(legalBasis), MeasurePlan.date(deadline), maxAmount, sharePercent,
                        MeasurePlan.text(conditions), MeasurePlan.text(link)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public List<Grant> grants(Tenant county) {
        return jdbc.sql("""
                        SELECT g.id, g.programm_id, p.name, g.measure_id, m.title, g.status, g.amount_eur, g.own_share_eur, g.period_from,
                               g.period_to, g.proof_due
                        FROM network_foerderung g JOIN network_foerderprogramm p ON p.id = g.programm_id
                        LEFT JOIN network_measure m ON m.id = g.measure_id
                        WHERE g.tenant_id = ? ORDER BY g.period_from, g.id""").param(county.id())
                .query((rs, n) -> {
                    long measure = rs.getLong(4);
                    Long measureId = rs.wasNull() ? null : measure;
                    return new Grant(rs.getLong(1), rs.getLong(2), rs.getString(3), measureId, rs.getString(5),
                            GrantStatus.valueOf(rs.getString(6).toUpperCase()), rs.getBigDecimal(7), rs.getBigDecimal(8), MeasurePlan.localDate(rs, 9),
                            MeasurePlan.localDate(rs, 10), MeasurePlan.localDate(rs, 11));
                }).list();
    }

    public long addGrant(Tenant county, long programmeId, Long measureId, GrantStatus status, BigDecimal amount, BigDecimal ownShare,
                         LocalDate from, LocalDate to, LocalDate proofDue) {
        Programme p = programmes(county).stream().filter(x -> x.id() == programmeId).findFirst()
                .orElseThrow(() -> new InvalidInput("programm", "Förderprogramm: Bitte wählen Sie ein Programm aus der Liste."));
        if (measureId != null && jdbc.sql("SELECT COUNT(*) FROM network_measure WHERE tenant_id = ? AND id = ?").params(county.id(), measureId)
                .query(Integer.class).single() == 0) {
            throw new InvalidInput("massnahme", "Maßnahme: Bitte wählen Sie eine Maßnahme aus der Liste.");
        }
        if (status == null) {
            throw new InvalidInput("status", "Stand: Bitte wählen Sie einen Stand.");
        }
        if (amount == null || amount.signum() < 0) {
            throw new InvalidInput("betrag", "Förderbetrag: Bitte einen Betrag ab 0 Euro, z. B. 12.500,00.");
        }
        if (p.maxAmount() != null && amount.compareTo(p.maxAmount()) > 0) {
            throw new InvalidInput("betrag", "Förderbetrag: Das Programm fördert höchstens " + String.format(java.util.Locale.GERMANY, "%,.2f €", p.maxAmount()) + ".");
        }
        MeasurePlan.limitAmount(amount, "betrag", "Förderbetrag");
        MeasurePlan.limitAmount(ownShare, "eigenanteil", "Eigenanteil");
        if (ownShare != null && ownShare.signum() < 0) {
            throw new InvalidInput("eigenanteil", "Eigenanteil: Bitte einen Betrag ab 0 Euro.");
        }
        if (from == null || to == null) {
            throw new InvalidInput(from == null ? "von" : "bis", "Zeitraum: Bitte geben Sie Beginn und Ende der Förderung an.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("bis", "Zeitraum bis: Das Ende liegt vor dem Beginn.");
        }
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO network_foerderung (tenant_id, programm_id, measure_id, status, amount_eur, own_share_eur, period_from, period_to, proof_due)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(county.id(), programmeId, measureId, status.code(), amount, ownShare == null ? BigDecimal.ZERO : ownShare,
                        MeasurePlan.date(from), MeasurePlan.date(to), MeasurePlan.date(proofDue)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Reminders due on that day: a deadline, a grant's end or a proof of use within the reminder period (and not past). */
    public List<Reminder> reminders(Tenant county, LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        for (Programme p : programmes(county)) {
            if (within(p.deadline(), today)) {
                out.add(new Reminder("frist", p.id(), p.deadline(), "Antragsfrist „" + p.name() + "“ endet am " + p.deadline()
                        + " (in " + ChronoUnit.DAYS.between(today, p.deadline()) + " Tagen)."));
            }
        }
        for (Grant g : grants(county)) {
            if (g.status() == GrantStatus.BEWILLIGT && within(g.periodTo(), today)) {
                out.add(new Reminder("foerderende", g.id(), g.periodTo(), "Die Förderung aus „" + g.programmeName() + "“"
                        + (g.measureTitle() == null ? "" : " für „" + g.measureTitle() + "“") + " läuft am " + g.periodTo() + " aus."));
            }
            if ((g.status() == GrantStatus.BEWILLIGT || g.status() == GrantStatus.ABGERECHNET) && within(g.proofDue(), today)) {
                out.add(new Reminder("verwendungsnachweis", g.id(), g.proofDue(), "Der Verwendungsnachweis für „" + g.programmeName() + "“"
                        + (g.measureTitle() == null ? "" : " („" + g.measureTitle() + "“)") + " ist am " + g.proofDue() + " fällig."));
            }
        }
        out.sort(Comparator.comparing(Reminder::due));
        return out;
    }

    public int reminderDays() {
        return reminderDays;
    }

    /** Sends each due reminder once (the row in network_foerder_reminder makes it once across nodes). */
    @Scheduled(fixedDelayString = "${pflegeregion.network.reminder-check:PT6H}", initialDelayString = "PT2M")
    public void sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        for (Tenant county : tenants.all()) {
            for (Reminder r : reminders(county, today)) {
                sendOnce(county, r);
            }
        }
    }

    /** Publishes the mail if this reminder was not sent before; true if it was sent now. The mark and the event commit together. */
    public boolean sendOnce(Tenant county, Reminder r) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (jdbc.sql("SELECT COUNT(*) FROM network_foerder_reminder WHERE kind = ? AND ref_id = ? AND due = ?")
                        .params(r.kind(), r.refId(), MeasurePlan.date(r.due())).query(Integer.class).single() > 0) {
                    return false;
                }
                jdbc.sql("INSERT INTO network_foerder_reminder (kind, ref_id, due, sent_at) VALUES (?, ?, ?, ?)")
                        .params(r.kind(), r.refId(), MeasurePlan.date(r.due()), Timestamp.from(clock.instant())).update();
                events.publishEvent(new OutgoingMail(county.id(), "foerder-erinnerung", List.of(countySettings.email()),
                        "Erinnerung Förderung: " + r.text(), r.text() + "\n\nÜbersicht: /netzwerk/foerderung", null));
                return true;
            }));
        } catch (DuplicateKeyException e) {
            // another node sent it at the same moment
            return false;
        }
    }

    private boolean within(LocalDate due, LocalDate today) {
        return due != null && !due.isBefore(today) && ChronoUnit.DAYS.between(today, due) <= reminderDays;
    }
}
