package de.pflegeregion.network.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.directory.OfferTypes;
import de.pflegeregion.network.Handlungsfelder;
import de.pflegeregion.network.Handlungsfelder.Handlungsfeld;
import de.pflegeregion.network.Measure;
import de.pflegeregion.network.MeasureDraft;
import de.pflegeregion.network.MeasureKind;
import de.pflegeregion.network.MeasureProgress;
import de.pflegeregion.network.MeasureStatus;
import de.pflegeregion.network.MeasureTrafficLight;
import de.pflegeregion.planning.PlanningGaps;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;

/**
 * A county's Maßnahmenplan: measures with milestones, indicator values and their change history, the
 * roll-up of progress through the tree, the traffic light and the gap a measure is meant to close,
 * read fresh from the planning module where it offers its gaps.
 */
@Service
public class MeasurePlan {

    private static final String COLUMNS = """
            id, tenant_id, parent_id, kind, handlungsfeld, title, description, owner_name, owner_institution_id, partners,
            start_date, end_date, status, progress, weight, budget_eur, funding, decision_ref, indicator_name, indicator_unit,
            indicator_baseline, indicator_target, indicator_deadline, gap_offer_type, gap_area, gap_baseline, published,
            created_at, updated_at, version""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<PlanningGaps> gaps;
    private final OfferTypes offerTypes;
    private final Clock clock;

    MeasurePlan(JdbcClient jdbc, TransactionTemplate transaction, ObjectProvider<PlanningGaps> gaps, OfferTypes offerTypes, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.gaps = gaps;
        this.offerTypes = offerTypes;
        this.clock = clock;
    }

    public record Milestone(long id, long measureId, String title, LocalDate planned, LocalDate actual) {
        public boolean late(LocalDate today) {
            return actual == null && planned.isBefore(today);
        }
    }

    public record IndicatorValue(long id, long measureId, LocalDate measuredOn, BigDecimal value, String note) {
    }

    public record Change(Instant changedAt, String changedBy, String summary) {
    }

    /**
     * The linked gap: baseline (when linked), target (no places missing) and the value now, as two facts
     * apart from the measure's own status.
     *
     * @param current null when the planning module cannot say it now
     */
    public record GapFact(String offerType, String offerTypeLabel, String area, BigDecimal baseline, PlanningGaps.Gap current,
                          boolean measureDone) {
        public boolean gapClosed() {
            return current != null && current.closed();
        }
    }

    /**
     * A measure with everything its pages show.
     *
     * @param gap the linked gap with its value now; null when the measure has none, and on {@link #publishedOverview}
     */
    public record MeasureView(Measure measure, BigDecimal progress, MeasureTrafficLight.Light light, List<Milestone> milestones,
                              List<IndicatorValue> values, List<Change> changes, List<MeasureView> children, GapFact gap,
                              String handlungsfeldTitle) {
    }

    // ---- Handlungsfelder

    public List<Handlungsfeld> handlungsfelder(Tenant county) {
        List<Handlungsfeld> all = new ArrayList<>(Handlungsfelder.shipped());
        all.addAll(jdbc.sql("SELECT code, title, source FROM network_handlungsfeld WHERE tenant_id = ? ORDER BY id").param(county.id())
                .query((rs, n) -> new Handlungsfeld(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        return all;
    }

    public Handlungsfeld addHandlungsfeld(Tenant county, String title, String source) {
        if (title == null || title.isBlank()) {
            throw new InvalidInput("titel", "Titel des Handlungsfelds: Bitte geben Sie einen Titel an.");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInput("quelle", "Quelle: Bitte nennen Sie, woher das Handlungsfeld stammt (z. B. Kreistagsbeschluss vom …).");
        }
        limit(title, 300, "titel", "Titel des Handlungsfelds");
        limit(source, 500, "quelle", "Quelle");
        int next = jdbc.sql("SELECT COUNT(*) FROM network_handlungsfeld WHERE tenant_id = ?").param(county.id()).query(Integer.class).single() + 1;
        String code = "E" + next;
        jdbc.sql("INSERT INTO network_handlungsfeld (tenant_id, code, title, source) VALUES (?, ?, ?, ?)")
                .params(county.id(), code, title.strip(), source.strip()).update();
        return new Handlungsfeld(code, title.strip(), source.strip());
    }

    // ---- measures

    public List<Measure> all(Tenant county) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM network_measure WHERE tenant_id = ? ORDER BY handlungsfeld, id").param(county.id())
                .query(MeasurePlan::measure).list();
    }

    public Optional<Measure> find(Tenant county, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM network_measure WHERE tenant_id = ? AND id = ?").params(county.id(), id)
                .query(MeasurePlan::measure).optional();
    }

    /** The county a measure belongs to (for its public page, which is addressed by id alone). */
    public Optional<Long> countyOf(long id) {
        return jdbc.sql("SELECT tenant_id FROM network_measure WHERE id = ?").param(id).query(Long.class).optional();
    }

    /** Counties with at least one published measure. */
    public List<Long> countiesWithPublished() {
        return jdbc.sql("SELECT DISTINCT tenant_id FROM network_measure WHERE published = TRUE ORDER BY tenant_id").query(Long.class).list();
    }

    /**
     * Changes with every write to any county's plan, on any node: measures are never deleted, each creation adds a row
     * and each change (milestones and indicator values included, see {@link #touch}) raises the measure's version;
     * Handlungsfelder are only added. Read in one statement, for caches of what the public pages show.
     */
    public record PlanStamp(long measures, long versions, long handlungsfelder) {
    }

    public PlanStamp stamp() {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM network_measure), (SELECT COALESCE(SUM(version), 0) FROM network_measure),
                            (SELECT COUNT(*) FROM network_handlungsfeld)""")
                .query((rs, n) -> new PlanStamp(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** Checks the draft (naming the field) and stores it; the history records the creation. */
    public long create(Tenant county, MeasureDraft d, String actor) {
        check(county, null, d);
        Instant now = clock.instant();
        BigDecimal gapBaseline = d.gapOfferType() == null ? null : currentGap(county, d.gapOfferType(), d.gapArea());
        return transaction.execute(status -> {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO network_measure (tenant_id, parent_id, kind, handlungsfeld, title, description, owner_name,
                                owner_institution_id, partners, start_date, end_date, status, progress, weight, budget_eur, funding,
                                decision_ref, indicator_name, indicator_unit, indicator_baseline, indicator_target, indicator_deadline,
                                gap_offer_type, gap_area, gap_baseline, published, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(county.id(), d.parentId(), d.kind().code(), d.handlungsfeld(), d.title().strip(), text(d.description()),
                            text(d.ownerName()), d.ownerInstitutionId(), text(d.partners()), date(d.start()), date(d.end()), d.status().code(),
                            d.progress(), d.weight() == null ? BigDecimal.ONE : d.weight(), d.budget(), text(d.funding()), text(d.decisionRef()),
                            text(d.indicatorName()), text(d.indicatorUnit()), d.indicatorBaseline(), d.indicatorTarget(), date(d.indicatorDeadline()),
                            d.gapOfferType(), d.gapArea(), gapBaseline, d.published(), Timestamp.from(now), Timestamp.from(now))
                    .update(keys, "id");
            long id = keys.getKeyAs(Number.class).longValue();
            record(id, actor, now, d.kind().label() + " angelegt: „" + d.title().strip() + "“, Status " + d.status().label()
                    + (d.decisionRef() == null || d.decisionRef().isBlank() ? "" : ", Beschluss " + d.decisionRef().strip()) + ".");
            return id;
        });
    }

    /**
     * Stores the changed draft if nobody changed the measure since {@code version}; the history lists each changed field.
     * Answers whether anything changed.
     */
    public boolean update(Tenant county, long id, int version, MeasureDraft d, String actor) {
        Measure old = find(county, id).orElseThrow(() -> new InvalidInput("id", "Diese Maßnahme gibt es nicht."));
        check(county, id, d);
        List<String> changed = differences(old, d);
        if (changed.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        BigDecimal gapBaseline = Objects.equals(old.gapOfferType(), d.gapOfferType()) && Objects.equals(old.gapArea(), d.gapArea())
                ? old.gapBaseline() : d.gapOfferType() == null ? null : currentGap(county, d.gapOfferType(), d.gapArea());
        transaction.executeWithoutResult(status -> {
            int rows = jdbc.sql("""
                            UPDATE network_measure SET parent_id = ?, kind = ?, handlungsfeld = ?, title = ?, description = ?, owner_name = ?,
                                owner_institution_id = ?, partners = ?, start_date = ?, end_date = ?, status = ?, progress = ?, weight = ?,
                                budget_eur = ?, funding = ?, decision_ref = ?, indicator_name = ?, indicator_unit = ?, indicator_baseline = ?,
                                indicator_target = ?, indicator_deadline = ?, gap_offer_type = ?, gap_area = ?, gap_baseline = ?, published = ?,
                                updated_at = ?, version = version + 1
                            WHERE tenant_id = ? AND id = ? AND version = ?""")
                    .params(d.parentId(), d.kind().code(), d.handlungsfeld(), d.title().strip(), text(d.description()), text(d.ownerName()),
                            d.ownerInstitutionId(), text(d.partners()), date(d.start()), date(d.end()), d.status().code(), d.progress(),
                            d.weight() == null ? BigDecimal.ONE : d.weight(), d.budget(), text(d.funding()), text(d.decisionRef()),
                            text(d.indicatorName()), text(d.indicatorUnit()), d.indicatorBaseline(), d.indicatorTarget(), date(d.indicatorDeadline()),
                            d.gapOfferType(), d.gapArea(), gapBaseline, d.published(), Timestamp.from(now), county.id(), id, version)
                    .update();
            if (rows == 0) {
                throw new InvalidInput("version", "Die Maßnahme wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu "
                        + "und tragen Sie Ihre Änderung noch einmal ein.");
            }
            record(id, actor, now, String.join("; ", changed) + ".");
        });
        return true;
    }

    public void addMilestone(Tenant county, long measureId, String title, LocalDate planned, String actor) {
        Measure m = find(county, measureId).orElseThrow(() -> new InvalidInput("id", "Diese Maßnahme gibt es nicht."));
        if (title == null || title.isBlank()) {
            throw new InvalidInput("meilenstein", "Meilenstein: Bitte geben Sie an, was erreicht sein soll.");
        }
        if (planned == null) {
            throw new InvalidInput("geplant", "Geplant am: Bitte geben Sie ein Datum an.");
        }
        limit(title, 300, "meilenstein", "Meilenstein");
        transaction.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO network_milestone (measure_id, title, planned) VALUES (?, ?, ?)").params(m.id(), title.strip(), date(planned)).update();
            touch(m.id(), actor, "Meilenstein „" + title.strip() + "“ geplant für " + planned + ".");
        });
    }

    public void milestoneReached(Tenant county, long measureId, long milestoneId, LocalDate actual, String actor) {
        Measure m = find(county, measureId).orElseThrow(() -> new InvalidInput("id", "Diese Maßnahme gibt es nicht."));
        if (actual == null) {
            throw new InvalidInput("erreicht", "Erreicht am: Bitte geben Sie ein Datum an.");
        }
        Milestone ms = milestones(m.id()).stream().filter(x -> x.id() == milestoneId).findFirst()
                .orElseThrow(() -> new InvalidInput("meilenstein", "Diesen Meilenstein gibt es bei der Maßnahme nicht."));
        transaction.executeWithoutResult(s -> {
            jdbc.sql("UPDATE network_milestone SET actual = ? WHERE id = ?").params(date(actual), ms.id()).update();
            touch(m.id(), actor, "Meilenstein „" + ms.title() + "“ erreicht am " + actual + ".");
        });
    }

    public void addIndicatorValue(Tenant county, long measureId, LocalDate on, BigDecimal value, String note, String actor) {
        Measure m = find(county, measureId).orElseThrow(() -> new InvalidInput("id", "Diese Maßnahme gibt es nicht."));
        if (!m.hasIndicator()) {
            throw new InvalidInput("wert", "Die Maßnahme hat keinen Indikator; bitte legen Sie ihn zuerst in den Angaben an.");
        }
        if (on == null) {
            throw new InvalidInput("gemessenAm", "Gemessen am: Bitte geben Sie ein Datum an.");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("gemessenAm", "Gemessen am: Ein Messwert kann nicht in der Zukunft liegen.");
        }
        if (value == null) {
            throw new InvalidInput("wert", "Wert: Bitte geben Sie den gemessenen Wert als Zahl an, z. B. 12 oder 3,5.");
        }
        limitAmount(value, "wert", "Wert");
        limit(note, 500, "notiz", "Notiz");
        transaction.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO network_indicator_value (measure_id, measured_on, measured, note) VALUES (?, ?, ?, ?)")
                    .params(m.id(), date(on), value, text(note)).update();
            touch(m.id(), actor, "Messwert " + value.stripTrailingZeros().toPlainString() + " " + m.indicatorUnit() + " am " + on + " eingetragen.");
        });
    }

    public List<Milestone> milestones(long measureId) {
        return jdbc.sql("SELECT id, measure_id, title, planned, actual FROM network_milestone WHERE measure_id = ? ORDER BY planned, id")
                .param(measureId).query((rs, n) -> new Milestone(rs.getLong(1), rs.getLong(2), rs.getString(3), localDate(rs, 4), localDate(rs, 5))).list();
    }

    public List<IndicatorValue> values(long measureId) {
        return jdbc.sql("SELECT id, measure_id, measured_on, measured, note FROM network_indicator_value WHERE measure_id = ? ORDER BY measured_on, id")
                .param(measureId).query((rs, n) -> new IndicatorValue(rs.getLong(1), rs.getLong(2), localDate(rs, 3), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    public List<Change> changes(long measureId) {
        return jdbc.sql("SELECT changed_at, changed_by, summary FROM network_measure_change WHERE measure_id = ? ORDER BY changed_at DESC, id DESC")
                .param(measureId).query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3))).list();
    }

    // ---- views

    /** Milestones, values and changes of every measure of a county, read in three queries. */
    private record Details(Map<Long, List<Milestone>> milestones, Map<Long, List<IndicatorValue>> values, Map<Long, List<Change>> changes) {
    }

    private Details details(Tenant county) {
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        jdbc.sql("""
                        SELECT s.id, s.measure_id, s.title, s.planned, s.actual FROM network_milestone s
                        JOIN network_measure m ON m.id = s.measure_id WHERE m.tenant_id = ? ORDER BY s.planned, s.id""").param(county.id())
                .query((rs, n) -> new Milestone(rs.getLong(1), rs.getLong(2), rs.getString(3), localDate(rs, 4), localDate(rs, 5))).list()
                .forEach(x -> milestones.computeIfAbsent(x.measureId(), k -> new ArrayList<>()).add(x));
        Map<Long, List<IndicatorValue>> values = new HashMap<>();
        jdbc.sql("""
                        SELECT v.id, v.measure_id, v.measured_on, v.measured, v.note FROM network_indicator_value v
                        JOIN network_measure m ON m.id = v.measure_id WHERE m.tenant_id = ? ORDER BY v.measured_on, v.id""").param(county.id())
                .query((rs, n) -> new IndicatorValue(rs.getLong(1), rs.getLong(2), localDate(rs, 3), rs.getBigDecimal(4), rs.getString(5))).list()
                .forEach(x -> values.computeIfAbsent(x.measureId(), k -> new ArrayList<>()).add(x));
        Map<Long, List<Change>> changes = new HashMap<>();
        jdbc.sql("""
                        SELECT c.measure_id, c.changed_at, c.changed_by, c.summary FROM network_measure_change c
                        JOIN network_measure m ON m.id = c.measure_id WHERE m.tenant_id = ? ORDER BY c.changed_at DESC, c.id DESC""").param(county.id())
                .query((rs, n) -> Map.entry(rs.getLong(1), new Change(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))).list()
                .forEach(e -> changes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return new Details(milestones, values, changes);
    }

    /** The whole tree as its pages show it: roots first (by Handlungsfeld), each with its children; only published ones if asked. */
    public List<MeasureView> tree(Tenant county, boolean publishedOnly) {
        return tree(county, publishedOnly, handlungsfelder(county), linkedGaps(county));
    }

    /** The public list pages: the published plan's Handlungsfelder and tree, without the linked gaps (those pages do not show them). */
    public record Overview(List<Handlungsfeld> handlungsfelder, List<MeasureView> roots) {
    }

    /**
     * The published tree with {@code gap} left empty: the list pages show status, progress and traffic light, so
     * they need not ask the planning module for a forecast.
     */
    public Overview publishedOverview(Tenant county) {
        List<Handlungsfeld> fields = handlungsfelder(county);
        return new Overview(fields, tree(county, true, fields, m -> null));
    }

    private List<MeasureView> tree(Tenant county, boolean publishedOnly, List<Handlungsfeld> fields, Function<Measure, GapFact> gaps) {
        List<Measure> all = all(county).stream().filter(m -> !publishedOnly || m.published()).toList();
        Map<Long, List<Measure>> byParent = new HashMap<>();
        Map<Long, Measure> byId = new HashMap<>();
        all.forEach(m -> byId.put(m.id(), m));
        for (Measure m : all) {
            // a published child of an unpublished parent becomes a root on the public pages
            Long parent = m.parentId() != null && byId.containsKey(m.parentId()) ? m.parentId() : null;
            byParent.computeIfAbsent(parent == null ? -1L : parent, k -> new ArrayList<>()).add(m);
        }
        Context c = new Context(byParent, titles(fields), LocalDate.now(clock), details(county), gaps);
        return byParent.getOrDefault(-1L, List.of()).stream().map(m -> view(m, c)).toList();
    }

    /** One measure with its subtree; empty if unknown (or unpublished when asked for published only). */
    public Optional<MeasureView> view(Tenant county, long id, boolean publishedOnly) {
        List<Measure> all = all(county).stream().filter(x -> !publishedOnly || x.published()).toList();
        return all.stream().filter(m -> m.id() == id).findFirst().map(m -> {
            Map<Long, List<Measure>> byParent = new HashMap<>();
            for (Measure x : all) {
                if (x.parentId() != null) {
                    byParent.computeIfAbsent(x.parentId(), k -> new ArrayList<>()).add(x);
                }
            }
            return view(m, new Context(byParent, titles(handlungsfelder(county)), LocalDate.now(clock), details(county), linkedGaps(county)));
        });
    }

    private static Map<String, String> titles(List<Handlungsfeld> fields) {
        Map<String, String> titles = new HashMap<>();
        fields.forEach(h -> titles.put(h.code(), h.title()));
        return titles;
    }

    /** What every node of one tree shares: read once for the tree, not per measure. */
    private record Context(Map<Long, List<Measure>> byParent, Map<String, String> titles, LocalDate today, Details details,
                           Function<Measure, GapFact> gaps) {
    }

    /**
     * The linked gaps of one tree: the planning module is asked once per distinct gap (offer type and area),
     * however many measures point at it; nothing is kept beyond the tree.
     */
    private Function<Measure, GapFact> linkedGaps(Tenant county) {
        Map<List<String>, Optional<PlanningGaps.Gap>> asked = new HashMap<>();
        return m -> {
            if (!m.hasGap()) {
                return null;
            }
            PlanningGaps.Gap current = asked.computeIfAbsent(List.of(m.gapOfferType(), m.gapArea()),
                    k -> currentGapFact(county, m.gapOfferType(), m.gapArea())).orElse(null);
            return new GapFact(m.gapOfferType(), offerTypes.label(m.gapOfferType()), current == null ? m.gapArea() : current.areaName(),
                    m.gapBaseline(), current, m.status().done());
        };
    }

    /** Flattened: every node of the tree with its depth, for lists and exports. */
    public static List<MeasureView> flatten(List<MeasureView> roots) {
        List<MeasureView> out = new ArrayList<>();
        for (MeasureView v : roots) {
            out.add(v);
            out.addAll(flatten(v.children()));
        }
        return out;
    }

    private MeasureView view(Measure m, Context c) {
        List<MeasureView> children = c.byParent().getOrDefault(m.id(), List.of()).stream().map(x -> view(x, c)).toList();
        BigDecimal progress = children.isEmpty() ? MeasureProgress.leaf(m.status(), m.progress())
                : MeasureProgress.rollUp(children.stream().map(x -> new MeasureProgress.Part(x.measure().weight(), x.progress(), x.measure().status())).toList())
                .orElse(MeasureProgress.leaf(m.status(), m.progress()));
        List<Milestone> milestones = c.details().milestones().getOrDefault(m.id(), List.of());
        List<IndicatorValue> values = c.details().values().getOrDefault(m.id(), List.of());
        List<Change> changes = c.details().changes().getOrDefault(m.id(), List.of());
        LocalDate lastUpdate = changes.isEmpty() ? null : changes.getFirst().changedAt().atZone(clock.getZone()).toLocalDate();
        MeasureTrafficLight.Indicator indicator = m.hasIndicator() ? new MeasureTrafficLight.Indicator(m.indicatorBaseline(), m.indicatorTarget(),
                m.indicatorDeadline(), values.stream().map(v -> new MeasureTrafficLight.Measurement(v.measuredOn(), v.value())).toList()) : null;
        MeasureTrafficLight.Light light = MeasureTrafficLight.of(m.status(), m.start(),
                milestones.stream().map(x -> new MeasureTrafficLight.MilestoneDates(x.title(), x.planned(), x.actual())).toList(), indicator,
                lastUpdate, c.today());
        return new MeasureView(m, progress, light, milestones, values, changes, children, c.gaps().apply(m),
                c.titles().getOrDefault(m.handlungsfeld(), m.handlungsfeld()));
    }

    /** The linked gap now, if the planning module offers its gaps and has a forecast for the county. */
    public Optional<PlanningGaps.Gap> currentGapFact(Tenant county, String offerType, String area) {
        PlanningGaps planning = gaps.getIfAvailable();
        if (planning == null) {
            return Optional.empty();
        }
        try {
            return planning.current(county.id(), offerType, area);
        } catch (RuntimeException e) {
            // a planning problem (no quotas, a year without population) must not take the measure page down
            return Optional.empty();
        }
    }

    /** Shortages from planning for the report; empty when planning cannot say. */
    public List<PlanningGaps.Gap> shortages(Tenant county) {
        PlanningGaps planning = gaps.getIfAvailable();
        if (planning == null) {
            return List.of();
        }
        try {
            return planning.shortages(county.id());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private BigDecimal currentGap(Tenant county, String offerType, String area) {
        return currentGapFact(county, offerType, area).filter(PlanningGaps.Gap::measurable)
                .map(g -> BigDecimal.valueOf(g.gap()).setScale(1, java.math.RoundingMode.HALF_UP)).orElse(null);
    }

    // ---- checks and history

    private void check(Tenant county, Long id, MeasureDraft d) {
        if (d.title() == null || d.title().isBlank()) {
            throw new InvalidInput("titel", "Titel: Bitte geben Sie der Maßnahme einen Titel.");
        }
        if (d.title().strip().length() > 300) {
            throw new InvalidInput("titel", "Titel: Bitte höchstens 300 Zeichen.");
        }
        if (handlungsfelder(county).stream().noneMatch(h -> h.code().equals(d.handlungsfeld()))) {
            throw new InvalidInput("handlungsfeld", "Handlungsfeld: „" + d.handlungsfeld() + "“ gibt es nicht; bitte wählen Sie eines aus der Liste.");
        }
        if (d.parentId() != null) {
            Measure parent = find(county, d.parentId()).orElseThrow(() ->
                    new InvalidInput("parent", "Übergeordnet: Diese Maßnahme gibt es nicht in Ihrem Kreis."));
            if (id != null && isAncestorOrSelf(county, id, parent)) {
                throw new InvalidInput("parent", "Übergeordnet: Eine Maßnahme kann nicht unter sich selbst oder ihren Teilmaßnahmen stehen.");
            }
            if (parent.kind().childKind().filter(k -> k == d.kind()).isEmpty()) {
                throw new InvalidInput("kind", "Art: Unter einem " + parent.kind().label() + " steht "
                        + parent.kind().childKind().map(k -> "ein(e) " + k.label()).orElse("nichts mehr") + ".");
            }
        }
        if (d.start() != null && d.end() != null && d.end().isBefore(d.start())) {
            throw new InvalidInput("ende", "Ende: Das Ende liegt vor dem Beginn.");
        }
        if (d.progress() != null && (d.progress() < 0 || d.progress() > 100)) {
            throw new InvalidInput("fortschritt", "Fortschritt: Bitte eine ganze Zahl von 0 bis 100.");
        }
        if (d.weight() != null && d.weight().signum() <= 0) {
            throw new InvalidInput("gewicht", "Gewicht: Bitte eine Zahl größer als 0, z. B. 1 oder 2,5.");
        }
        if (d.budget() != null && d.budget().signum() < 0) {
            throw new InvalidInput("budget", "Budget: Bitte einen Betrag ab 0 Euro.");
        }
        if ((d.indicatorBaseline() != null || d.indicatorTarget() != null || d.indicatorDeadline() != null)
                && (d.indicatorName() == null || d.indicatorName().isBlank())) {
            throw new InvalidInput("indikator", "Indikator: Bitte benennen Sie, was gemessen wird, wenn Sie Ausgangs- oder Zielwert angeben.");
        }
        boolean type = d.gapOfferType() != null && !d.gapOfferType().isBlank();
        boolean area = d.gapArea() != null && !d.gapArea().isBlank();
        if (type != area) {
            throw new InvalidInput(type ? "lueckeGebiet" : "lueckeAngebotsart",
                    "Versorgungslücke: Bitte geben Sie Angebotsart und Gebiet zusammen an oder lassen Sie beide leer.");
        }
        if (type && offerTypes.all().stream().noneMatch(t -> t.code().equals(d.gapOfferType()))) {
            throw new InvalidInput("lueckeAngebotsart", "Angebotsart der Lücke: „" + d.gapOfferType() + "“ gibt es nicht.");
        }
    }

    private boolean isAncestorOrSelf(Tenant county, long id, Measure candidate) {
        Measure m = candidate;
        while (m != null) {
            if (m.id() == id) {
                return true;
            }
            m = m.parentId() == null ? null : find(county, m.parentId()).orElse(null);
        }
        return false;
    }

    private static List<String> differences(Measure o, MeasureDraft d) {
        List<String> out = new ArrayList<>();
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("Titel", new Object[] {o.title(), d.title().strip()});
        fields.put("Handlungsfeld", new Object[] {o.handlungsfeld(), d.handlungsfeld()});
        fields.put("Art", new Object[] {o.kind().label(), d.kind().label()});
        fields.put("Übergeordnet", new Object[] {o.parentId(), d.parentId()});
        fields.put("Beschreibung", new Object[] {o.description(), text(d.description())});
        fields.put("Federführung", new Object[] {o.ownerName(), text(d.ownerName())});
        fields.put("Partner", new Object[] {o.partners(), text(d.partners())});
        fields.put("Beginn", new Object[] {o.start(), d.start()});
        fields.put("Ende", new Object[] {o.end(), d.end()});
        fields.put("Status", new Object[] {o.status().label(), d.status().label()});
        fields.put("Fortschritt", new Object[] {o.progress(), d.progress()});
        fields.put("Gewicht", new Object[] {num(o.weight()), num(d.weight() == null ? BigDecimal.ONE : d.weight())});
        fields.put("Budget", new Object[] {num(o.budget()), num(d.budget())});
        fields.put("Finanzierung", new Object[] {o.funding(), text(d.funding())});
        fields.put("Beschluss", new Object[] {o.decisionRef(), text(d.decisionRef())});
        fields.put("Indikator", new Object[] {o.indicatorName(), text(d.indicatorName())});
        fields.put("Einheit", new Object[] {o.indicatorUnit(), text(d.indicatorUnit())});
        fields.put("Ausgangswert", new Object[] {num(o.indicatorBaseline()), num(d.indicatorBaseline())});
        fields.put("Zielwert", new Object[] {num(o.indicatorTarget()), num(d.indicatorTarget())});
        fields.put("Zieldatum", new Object[] {o.indicatorDeadline(), d.indicatorDeadline()});
        fields.put("Lücke Angebotsart", new Object[] {o.gapOfferType(), d.gapOfferType()});
        fields.put("Lücke Gebiet", new Object[] {o.gapArea(), d.gapArea()});
        fields.put("Veröffentlicht", new Object[] {o.published() ? "ja" : "nein", d.published() ? "ja" : "nein"});
        fields.forEach((name, v) -> {
            if (!Objects.equals(v[0], v[1])) {
                out.add(name + ": " + show(v[0]) + " → " + show(v[1]));
            }
        });
        return out;
    }

    private static String show(Object o) {
        return o == null || o.toString().isEmpty() ? "–" : o.toString();
    }

    private static String num(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString();
    }

    private void touch(long id, String actor, String summary) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE network_measure SET updated_at = ?, version = version + 1 WHERE id = ?").params(Timestamp.from(now), id).update();
        record(id, actor, now, summary);
    }

    private void record(long id, String actor, Instant at, String summary) {
        jdbc.sql("INSERT INTO network_measure_change (measure_id, changed_at, changed_by, summary) VALUES (?, ?, ?, ?)")
                .params(id, Timestamp.from(at), actor, summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary).update();
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** Refuses text longer than its column (V55–V58), naming the field, before the database would. */
    static void limit(String value, int max, String field, String label) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidInput(field, label + ": Bitte höchstens " + max + " Zeichen.");
        }
    }

    /** Refuses an amount beyond NUMERIC(14, 2), naming the field. */
    static void limitAmount(BigDecimal value, String field, String label) {
        if (value != null && value.abs().compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw new InvalidInput(field, label + ": Bitte höchstens 999.999.999.999,99.");
        }
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Measure measure(ResultSet rs, int n) throws SQLException {
        Function<String, MeasureStatus> status = c -> MeasureStatus.ofCode(c).orElseThrow();
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long inst = rs.getLong("owner_institution_id");
        Long institution = rs.wasNull() ? null : inst;
        int p = rs.getInt("progress");
        Integer progress = rs.wasNull() ? null : p;
        return new Measure(rs.getLong("id"), rs.getLong("tenant_id"), parentId, MeasureKind.ofCode(rs.getString("kind")).orElseThrow(),
                rs.getString("handlungsfeld"), rs.getString("title"), rs.getString("description"), rs.getString("owner_name"), institution,
                rs.getString("partners"), localDate(rs, 11), localDate(rs, 12), status.apply(rs.getString("status")), progress,
                rs.getBigDecimal("weight"), rs.getBigDecimal("budget_eur"), rs.getString("funding"), rs.getString("decision_ref"),
                rs.getString("indicator_name"), rs.getString("indicator_unit"), rs.getBigDecimal("indicator_baseline"),
                rs.getBigDecimal("indicator_target"), localDate(rs, 23), rs.getString("gap_offer_type"), rs.getString("gap_area"),
                rs.getBigDecimal("gap_baseline"), rs.getBoolean("published"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
