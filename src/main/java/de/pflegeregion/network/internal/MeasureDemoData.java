package de.pflegeregion.network.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.pflegeregion.network.FoerderNetzwerk45c;
import de.pflegeregion.network.MeasureDraft;
import de.pflegeregion.network.MeasureKind;
import de.pflegeregion.network.MeasureStatus;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * The example Maßnahmenplan of Landkreis Pfaffenhofen (profile "demo"): a dozen measures drawn from the
 * recommendations of seed 000 across its ten Handlungsfelder, Kümmerer in most of the 19 Gemeinden with a
 * few vacancies, one § 45c (9) programme and a grant. Everything invented is labelled "Beispiel"; the
 * persons are invented. Gemeinde keys and names: the planning module's Pfaffenhofen population file.
 */
@Component
public class MeasureDemoData {

    static final String PFAFFENHOFEN = "landkreis-pfaffenhofen";
    private static final String ACTOR = "demo-daten";

    /** The 19 Gemeinden of Landkreis Pfaffenhofen a.d.Ilm (AGS 09186). */
    static final Map<String, String> GEMEINDEN = gemeinden();

    private final Tenants tenants;
    private final MeasurePlan plan;
    private final KuemmererRegister kuemmerer;
    private final FoerderRegister foerderung;
    private final Clock clock;
    private final boolean enabled;

    MeasureDemoData(Tenants tenants, MeasurePlan plan, KuemmererRegister kuemmerer, FoerderRegister foerderung, Clock clock,
                    @Value("${pflegeregion.demo-data:false}") boolean enabled) {
        this.tenants = tenants;
        this.plan = plan;
        this.kuemmerer = kuemmerer;
        this.foerderung = foerderung;
        this.clock = clock;
        this.enabled = enabled;
    }

    // after the directory's demo counties exist (same event, registered earlier)
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onStart() {
        if (enabled) {
            ensureDemoPlan();
        }
    }

    /** Loads the example plan into Pfaffenhofen if it has no measures yet; safe to call repeatedly. */
    public void ensureDemoPlan() {
        tenants.bySlug(PFAFFENHOFEN).filter(t -> plan.all(t).isEmpty()).ifPresent(this::pfaffenhofen);
    }

    private void pfaffenhofen(Tenant paf) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        String lenkung = "Beispiel: Beschluss der Lenkungsgruppe Pflege vom " + LocalDate.of(year - 1, 11, 15);

        long hf1 = measure(paf, null, MeasureKind.MASSNAHME, "1", "Stelle für Pflegeplanung und Netzwerkkoordination im Landratsamt",
                "Beispiel: eine unbefristete Stelle, die Planung, Netzwerk und Maßnahmenplan zusammenhält.", "Landratsamt, Sachgebiet Senioren (Beispiel)",
                "", LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), MeasureStatus.VERSTETIGT, null, null, "Kreishaushalt", lenkung,
                null, null, null, null, null, null, null, true);
        plan.addMilestone(paf, hf1, "Stelle besetzt", LocalDate.of(year - 1, 4, 1), ACTOR);
        plan.milestones(hf1).forEach(m -> plan.milestoneReached(paf, hf1, m.id(), LocalDate.of(year - 1, 3, 15), ACTOR));

        long goal2 = measure(paf, null, MeasureKind.ZIEL, "2", "In jeder Gemeinde eine Ansprechperson für Pflege",
                "Beispiel: Kümmerer als erste Anlaufstelle vor Ort in allen 19 Gemeinden.", "Landratsamt (Beispiel)", "Gemeinden, Seniorenbeiräte",
                LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 2, 12, 31), MeasureStatus.IN_UMSETZUNG, null, null, "", lenkung,
                null, null, null, null, null, null, null, true);
        long k = measure(paf, goal2, MeasureKind.MASSNAHME, "2", "Kümmerer in jeder Gemeinde gewinnen",
                "Beispiel: Bürgermeisterinnen und Bürgermeister schlagen geeignete, vor Ort bekannte Personen vor.", "Landratsamt (Beispiel)",
                "Gemeinden", LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31), MeasureStatus.IN_UMSETZUNG, 70, new BigDecimal("2"), "",
                lenkung, "Gemeinden mit Kümmerer", "Gemeinden", new BigDecimal("4"), new BigDecimal("19"), LocalDate.of(year + 1, 12, 31), null, null, true);
        plan.addIndicatorValue(paf, k, LocalDate.of(year - 1, 12, 31), new BigDecimal("9"), "Beispiel", ACTOR);
        plan.addIndicatorValue(paf, k, LocalDate.of(year, 6, 30), new BigDecimal("13"), "Beispiel", ACTOR);
        plan.addIndicatorValue(paf, k, today.minusDays(7), new BigDecimal("15"), "Beispiel", ACTOR);
        plan.addMilestone(paf, k, "Hälfte der Gemeinden besetzt", LocalDate.of(year, 6, 30), ACTOR);
        plan.milestones(k).forEach(m -> plan.milestoneReached(paf, k, m.id(), LocalDate.of(year, 5, 20), ACTOR));
        plan.addMilestone(paf, k, "Alle Gemeinden besetzt", LocalDate.of(year + 1, 12, 31), ACTOR);
        long schulung = measure(paf, goal2, MeasureKind.MASSNAHME, "2", "Schulung und Austauschtreffen der Kümmerer",
                "Beispiel: zwei Treffen im Jahr mit dem Pflegestützpunkt.", "Pflegestützpunkt (Beispiel)", "", LocalDate.of(year, 3, 1),
                LocalDate.of(year + 2, 12, 31), MeasureStatus.IN_UMSETZUNG, null, BigDecimal.ONE, "", lenkung, null, null, null, null, null, null, null, true);
        plan.addMilestone(paf, schulung, "Zweites Austauschtreffen", today.minusDays(20), ACTOR);

        long netz = measure(paf, null, MeasureKind.MASSNAHME, "3", "Pflegenetzwerk mit Lenkungsgruppe und Arbeitsgruppen",
                "Beispiel: Netzwerk nach dem Dortmunder Aufbau, gefördert nach § 45c Abs. 9 SGB XI.", "Landratsamt (Beispiel)",
                "Pflegekassen, Wohlfahrtsverbände, Pflegedienste", LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31), MeasureStatus.IN_UMSETZUNG,
                null, null, "Förderung nach § 45c Abs. 9 SGB XI und Eigenanteil des Kreises", lenkung, null, null, null, null, null, null, null, true);
        measure(paf, null, MeasureKind.MASSNAHME, "3", "Aktionstage Pflege in den Gemeinden",
                "Beispiel: jährliche Aktionstage, an denen sich Dienste, Heime und Beratung vor Ort vorstellen.", "Landratsamt (Beispiel)",
                "Pflegedienste, Heime, Pflegestützpunkt", LocalDate.of(year, 5, 1), LocalDate.of(year + 2, 10, 31), MeasureStatus.IN_VORBEREITUNG, null, null,
                "", lenkung, null, null, null, null, null, null, null, true);
        measure(paf, null, MeasureKind.MASSNAHME, "4", "Bürgerdialoge zur Pflege vor Ort",
                "Beispiel: vier Bürgerdialoge im Jahr, deren Ergebnisse in den Maßnahmenplan eingehen.", "Landratsamt (Beispiel)", "Seniorenbeirat",
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31), MeasureStatus.IN_UMSETZUNG, null, null, "", lenkung,
                null, null, null, null, null, null, null, true);
        measure(paf, null, MeasureKind.MASSNAHME, "5", "Fördermittel-Lotse für Gemeinden und Träger",
                "Beispiel: das Landratsamt sichtet Förderprogramme und berät Gemeinden und Träger beim Antrag („Förderlotse“).",
                "Landratsamt, Kreisentwicklung (Beispiel)", "", LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), MeasureStatus.IN_UMSETZUNG, null,
                null, "", lenkung, "Beratene Anträge", "Anträge", BigDecimal.ZERO, new BigDecimal("12"), LocalDate.of(year + 1, 3, 31), null, null, true);
        measure(paf, null, MeasureKind.MASSNAHME, "6", "Ausbildungsverbund Pflege im Landkreis",
                "Beispiel: Träger teilen Praxiseinsätze, damit mehr Auszubildende im Kreis bleiben.", "Berufsfachschule für Pflege (Beispiel)",
                "Heime, Pflegedienste, Klinik", LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 3, 12, 31), MeasureStatus.GEPLANT, null, null, "", "",
                null, null, null, null, null, null, null, true);
        long tp = measure(paf, null, MeasureKind.MASSNAHME, "7", "Tagespflege im Norden des Landkreises",
                "Beispiel: ein Träger für eine Tagespflege im Planungsraum Nord wird gesucht; der Kreis vermittelt Grundstück und Förderung.",
                "Landratsamt mit einem Träger (Beispiel)", "Gemeinden im Norden", LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31),
                MeasureStatus.IN_VORBEREITUNG, null, null, "", lenkung, null, null, null, null, null, "tagespflege", "Nord", true);
        plan.addMilestone(paf, tp, "Interessenbekundung der Träger ausgewertet", today.minusDays(45), ACTOR);
        measure(paf, null, MeasureKind.MASSNAHME, "8", "Mobilitätsangebot für die letzte Meile",
                "Beispiel: Rufbus und ehrenamtlicher Fahrdienst zu Tagespflege, Arzt und Einkauf.", "Landratsamt, ÖPNV (Beispiel)",
                "Gemeinden, Vereine", LocalDate.of(year, 9, 1), LocalDate.of(year + 2, 8, 31), MeasureStatus.IN_VORBEREITUNG, null, null, "", lenkung,
                null, null, null, null, null, null, null, true);
        measure(paf, null, MeasureKind.MASSNAHME, "9", "Ehrenamtliche Pflegelotsen ausbilden",
                "Beispiel: Ehrenamtliche begleiten pflegende Angehörige und vermitteln Hilfe.", "Freiwilligenagentur (Beispiel)", "Pflegestützpunkt",
                LocalDate.of(year, 2, 1), LocalDate.of(year + 1, 12, 31), MeasureStatus.IN_UMSETZUNG, null, null, "", lenkung,
                "Ausgebildete Pflegelotsen", "Personen", BigDecimal.ZERO, new BigDecimal("30"), LocalDate.of(year + 1, 12, 31), null, null, true);
        measure(paf, null, MeasureKind.MASSNAHME, "10", "Digitale Sprechstunde des Pflegestützpunkts",
                "Beispiel: Beratung per Video für Angehörige, die weit weg wohnen.", "Pflegestützpunkt (Beispiel)", "", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 10, 31), MeasureStatus.UMGESETZT, null, null, "", lenkung, null, null, null, null, null, null, null, true);
        long draft = measure(paf, null, MeasureKind.MASSNAHME, "7", "Kurzzeitpflegeplätze sichern (Entwurf)",
                "Beispiel: noch nicht beschlossen, daher nicht veröffentlicht.", "", "", null, null, MeasureStatus.GEPLANT, null, null, "", "",
                null, null, null, null, null, null, null, false);

        kuemmererFor(paf, today);
        funding(paf, netz, today);
        LoggerFactory.getLogger(MeasureDemoData.class).info("Demo Maßnahmenplan {}: {} measures (one draft {})", paf.name(), plan.all(paf).size(), draft);
    }

    private void kuemmererFor(Tenant paf, LocalDate today) {
        String[] none = {"09186116", "09186144"};
        String[] vacant = {"09186125", "09186139"};
        int i = 0;
        for (Map.Entry<String, String> g : GEMEINDEN.entrySet()) {
            String ags = g.getKey();
            if (List.of(none).contains(ags)) {
                continue;
            }
            if (List.of(vacant).contains(ags)) {
                kuemmerer.add(paf, GEMEINDEN, ags, null, "Seniorenbeauftragte oder Seniorenbeauftragter (Stelle offen)", "", null, null);
                continue;
            }
            i++;
            kuemmerer.add(paf, GEMEINDEN, ags, (i % 2 == 0 ? "Anna Beispiel " : "Karl Beispiel ") + i,
                    i % 3 == 0 ? "Mitglied des Seniorenbeirats (Beispiel)" : "Seniorenbeauftragte der Gemeinde (Beispiel)",
                    "Rathaus " + g.getValue() + ", Sprechstunde dienstags 9–12 Uhr, Telefon über die Gemeindeverwaltung (Beispiel)",
                    today.minusYears(1).minusDays(i * 10L), null);
        }
        kuemmerer.saveFallback(paf, "Pflegestützpunkt des Landkreises (Beispiel)", "Pflegeberatung für alle Gemeinden",
                "Landratsamt, Telefon und E-Mail siehe Impressum; Sprechzeiten Mo–Fr 8–12 Uhr (Beispiel)");
    }

    private void funding(Tenant paf, long networkMeasure, LocalDate today) {
        FoerderNetzwerk45c.Version rules = FoerderNetzwerk45c.on(today).orElseThrow();
        long programme = foerderung.addProgramme(paf, "Förderung regionaler Netzwerke (Beispiel)", "Landesverbände der Pflegekassen in Bayern",
                "§ 45c Abs. 9 SGB XI", today.plusDays(20), rules.maxPerNetworkYear(), rules.maxSharePercent(),
                "Mindestens " + rules.minActors() + " Akteure, schriftliche Vereinbarung, Qualitätsmanagement, Kreis kann teilnehmen. Quelle: " + rules.source(),
                "");
        foerderung.addGrant(paf, programme, networkMeasure, FoerderRegister.GrantStatus.BEWILLIGT, new BigDecimal("20000.00"), new BigDecimal("20000.00"),
                LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31), LocalDate.of(today.getYear() + 1, 6, 30));
    }

    private long measure(Tenant county, Long parent, MeasureKind kind, String hf, String title, String description, String owner, String partners,
                         LocalDate start, LocalDate end, MeasureStatus status, Integer progress, BigDecimal weight, String funding, String decision,
                         String indicator, String unit, BigDecimal baseline, BigDecimal target, LocalDate deadline, String gapType, String gapArea,
                         boolean published) {
        return plan.create(county, new MeasureDraft(parent, kind, hf, title, description, owner, null, partners, start, end, status, progress, weight,
                null, funding, decision, indicator, unit, baseline, target, deadline, gapType, gapArea, published), ACTOR);
    }

    private static Map<String, String> gemeinden() {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("09186113", "Baar-Ebenhausen");
        g.put("09186116", "Ernsgaden");
        g.put("09186122", "Geisenfeld");
        g.put("09186125", "Gerolsbach");
        g.put("09186126", "Hettenshausen");
        g.put("09186128", "Hohenwart");
        g.put("09186130", "Ilmmünster");
        g.put("09186132", "Jetzendorf");
        g.put("09186137", "Manching");
        g.put("09186139", "Münchsmünster");
        g.put("09186143", "Pfaffenhofen a.d.Ilm");
        g.put("09186144", "Pörnbach");
        g.put("09186146", "Reichertshausen");
        g.put("09186147", "Reichertshofen");
        g.put("09186149", "Rohrbach");
        g.put("09186151", "Scheyern");
        g.put("09186152", "Schweitenkirchen");
        g.put("09186158", "Vohburg a.d.Donau");
        g.put("09186162", "Wolnzach");
        return g;
    }
}
