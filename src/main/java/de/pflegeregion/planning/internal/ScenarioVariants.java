package de.pflegeregion.planning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;
import tools.jackson.databind.ObjectMapper;

/**
 * A county's saved scenario variants, kept in its settings document (stored, checked and audited as
 * settings are) plus an audit entry naming the variant and what happened to it. Changes of one county
 * are serialised across app nodes by a transaction-scoped advisory lock, so two planners saving at
 * once cannot lose a variant or both take one name.
 */
@Service
public class ScenarioVariants {

    /** Key space of the advisory lock ("plan"); the second key is the county's tenant id. */
    private static final int LOCK_SPACE = 0x706c616e;

    private final PlanningData data;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ScenarioVariants(PlanningData data, AuditLog audit, TransactionTemplate transaction, JdbcClient jdbc, ObjectMapper json) {
        this.data = data;
        this.audit = audit;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<ScenarioVariant> list(Tenant county) {
        return data.settings(county).scenarioVariants();
    }

    /** The variant of a scenario code {@code variante-<slug>}, if the county saved one. */
    public Optional<ScenarioVariant> byCode(Tenant county, String code) {
        return list(county).stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** Saves a new variant; its slug comes from its name (numbered if another variant has it) and stays. */
    public ScenarioVariant create(Tenant county, ScenarioVariant draft, String actor) {
        return locked(county, saved -> {
            if (saved.size() >= SettingsDocument.MAX_VARIANTS) {
                throw new InvalidInput("name", "Es sind schon " + SettingsDocument.MAX_VARIANTS
                        + " Varianten gespeichert, mehr sind nicht möglich. Bitte löschen Sie zuerst eine.");
            }
            String base = ScenarioVariant.slugOf(draft.name());
            String slug = base;
            for (int n = 2; slugTaken(saved, slug); n++) {
                slug = base.substring(0, Math.min(base.length(), 28)) + "-" + n;
            }
            ScenarioVariant variant = checked(county, withSlug(draft, slug), saved, null);
            List<ScenarioVariant> all = new ArrayList<>(saved);
            all.add(variant);
            store(county, all, actor, "planning.variant-created", variant, null);
            return variant;
        });
    }

    /** Changes a saved variant (name, kind, parameters, note); its slug and so its code stay. */
    public ScenarioVariant update(Tenant county, String code, ScenarioVariant draft, String actor) {
        return locked(county, saved -> {
            ScenarioVariant before = find(saved, code);
            ScenarioVariant variant = checked(county, withSlug(draft, before.slug()), saved, before);
            List<ScenarioVariant> all = saved.stream().map(v -> v.slug().equals(before.slug()) ? variant : v).toList();
            store(county, all, actor, "planning.variant-changed", variant, before);
            return variant;
        });
    }

    public void delete(Tenant county, String code, String actor) {
        locked(county, saved -> {
            ScenarioVariant before = find(saved, code);
            store(county, saved.stream().filter(v -> !v.slug().equals(before.slug())).toList(), actor, "planning.variant-deleted", null, before);
            return before;
        });
    }

    /**
     * Replaces the settings document; without {@code variants} (the spec's document, or the settings page)
     * the saved variants stay as they are.
     */
    public SettingsDocument replaceSettings(Tenant county, SettingsDocument document, String actor) {
        return transaction.execute(status -> {
            lock(county);
            SettingsDocument whole = document.variants() != null ? document : document.withVariants(list(county));
            return data.replaceSettings(county, whole, actor);
        });
    }

    /** Thrown when a county has no variant of that code: the pages and the API answer 404. */
    public static final class UnknownVariant extends RuntimeException {

        public UnknownVariant(String code) {
            super("Eine gespeicherte Variante „" + code + "“ gibt es nicht.");
        }
    }

    private ScenarioVariant locked(Tenant county, java.util.function.Function<List<ScenarioVariant>, ScenarioVariant> change) {
        return transaction.execute(status -> {
            lock(county);
            return change.apply(list(county));
        });
    }

    private void lock(Tenant county) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) county.id()).query(rs -> { });
    }

    private void store(Tenant county, List<ScenarioVariant> variants, String actor, String action, ScenarioVariant after,
                       ScenarioVariant before) {
        data.replaceSettings(county, data.settings(county).withVariants(variants), actor);
        ScenarioVariant subject = after != null ? after : before;
        audit.record(county.id(), actor, action, "planning-variant", county.kreisAgs() + "/" + subject.code(),
                before == null ? null : describe(before), after == null ? null : describe(after));
    }

    private String describe(ScenarioVariant v) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", v.code());
        d.put("name", v.name());
        d.put("kind", v.kind().code());
        d.put("trendRate", v.trendRate());
        d.put("shiftShare", v.shiftShare());
        d.put("shiftTargetYear", v.shiftTargetYear());
        d.put("note", v.note());
        return json.writeValueAsString(d);
    }

    /** The draft checked against the projection's years and the other variants' names. */
    private ScenarioVariant checked(Tenant county, ScenarioVariant draft, List<ScenarioVariant> saved, ScenarioVariant replaced) {
        int first = 0;
        int last = -1;
        if (draft.kind() == Scenario.AMBULANT_VOR_STATIONAER) {
            Optional<Forecaster> forecaster = data.forecaster(county, null);
            if (forecaster.isEmpty() || forecaster.get().baseYear().isEmpty()
                    || forecaster.get().possibleYears().last() <= forecaster.get().baseYear().getAsInt()) {
                throw new InvalidInput("shiftTargetYear", "Das Zieljahr muss in der Vorausberechnung liegen, und es ist noch keine geladen. "
                        + "Bitte laden Sie zuerst Bevölkerung und Vorausberechnung (Seite „Daten“).");
            }
            first = forecaster.get().baseYear().getAsInt() + 1;
            last = forecaster.get().possibleYears().last();
        }
        ScenarioVariant variant = draft.checked(first, last);
        String key = SettingsDocument.nameKey(variant.name());
        for (Scenario s : Scenario.values()) {
            if (SettingsDocument.nameKey(s.label()).equals(key)) {
                throw new InvalidInput("name", "„" + s.label() + "“ heißt schon ein eingebautes Szenario; bitte wählen Sie einen anderen Namen.");
            }
        }
        for (ScenarioVariant other : saved) {
            if (other != replaced && SettingsDocument.nameKey(other.name()).equals(key)) {
                throw new InvalidInput("name", "Eine Variante mit dem Namen „" + other.name() + "“ gibt es schon; bitte wählen Sie einen anderen Namen.");
            }
        }
        return variant;
    }

    private static ScenarioVariant find(List<ScenarioVariant> saved, String code) {
        return saved.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow(() -> new UnknownVariant(code));
    }

    private static boolean slugTaken(List<ScenarioVariant> saved, String slug) {
        return saved.stream().anyMatch(v -> v.slug().equals(slug));
    }

    private static ScenarioVariant withSlug(ScenarioVariant v, String slug) {
        return new ScenarioVariant(slug, v.name(), v.kind(), v.trendRate(), v.shiftShare(), v.shiftTargetYear(), v.note());
    }
}
