package de.pflegeregion.assessment;

import static de.pflegeregion.assessment.AnswerScale.BESUCHE;
import static de.pflegeregion.assessment.AnswerScale.FAEHIGKEIT;
import static de.pflegeregion.assessment.AnswerScale.HAEUFIGKEIT;
import static de.pflegeregion.assessment.AnswerScale.JA_NEIN;
import static de.pflegeregion.assessment.AnswerScale.MASSNAHMEN;
import static de.pflegeregion.assessment.AnswerScale.SELBSTAENDIGKEIT;
import static de.pflegeregion.assessment.AnswerScale.SELBSTAENDIGKEIT_ODER_ENTFAELLT;
import static de.pflegeregion.assessment.AnswerScale.SONDENERNAEHRUNG;
import static de.pflegeregion.assessment.AnswerScale.ZEIT_UND_TECHNIKINTENSIV;
import static de.pflegeregion.assessment.AssessmentModule.ALLTAGSLEBEN;
import static de.pflegeregion.assessment.AssessmentModule.AUSSERHAEUSLICHE_AKTIVITAETEN;
import static de.pflegeregion.assessment.AssessmentModule.HAUSHALTSFUEHRUNG;
import static de.pflegeregion.assessment.AssessmentModule.KOGNITION;
import static de.pflegeregion.assessment.AssessmentModule.KRANKHEITSBEDINGTE_ANFORDERUNGEN;
import static de.pflegeregion.assessment.AssessmentModule.MOBILITAET;
import static de.pflegeregion.assessment.AssessmentModule.SELBSTVERSORGUNG;
import static de.pflegeregion.assessment.AssessmentModule.VERHALTEN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All criteria of modules 1–8 in the order of the Begutachtungsinstrument. Names and Einzelpunkte:
 * Anlage 1 SGB XI; modules 7 and 8: Begutachtungs-Richtlinien (as printed in the Einschätzungsbogen
 * of the Landkreis Pfaffenhofen). The explanations are our own plain-language wording.
 */
public final class Criteria {

    private static final List<Integer> LINEAR = List.of(0, 1, 2, 3);
    private static final List<Integer> BEHAVIOUR = List.of(0, 1, 3, 5);
    private static final List<Integer> TRIPLE = List.of(0, 3, 6, 9);
    private static final List<Integer> DOUBLE = List.of(0, 2, 4, 6);

    private static final List<Criterion> ALL = List.of(
            c("1.1", MOBILITAET, "Positionswechsel im Bett", SELBSTAENDIGKEIT, LINEAR,
                    "Kann sich die Person im Bett allein umdrehen, aufsetzen und wieder hinlegen?"),
            c("1.2", MOBILITAET, "Halten einer stabilen Sitzposition", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person auf einem Stuhl oder an der Bettkante sicher sitzen, ohne umzukippen?"),
            c("1.3", MOBILITAET, "Umsetzen", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person allein vom Bett auf einen Stuhl, in den Rollstuhl oder auf die Toilette wechseln?"),
            c("1.4", MOBILITAET, "Fortbewegen innerhalb des Wohnbereichs", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person in der Wohnung von Raum zu Raum gehen, auch mit Rollator oder Rollstuhl?"),
            c("1.5", MOBILITAET, "Treppensteigen", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person eine Treppe zwischen zwei Stockwerken hinauf- und hinuntergehen?"),

            c("2.1", KOGNITION, "Erkennen von Personen aus dem näheren Umfeld", FAEHIGKEIT, LINEAR,
                    "Erkennt die Person Angehörige, Nachbarn oder die Pflegekraft, die sie regelmäßig sieht?"),
            c("2.2", KOGNITION, "Örtliche Orientierung", FAEHIGKEIT, LINEAR,
                    "Weiß die Person, wo sie ist, und findet sie sich in der Wohnung und der nahen Umgebung zurecht?"),
            c("2.3", KOGNITION, "Zeitliche Orientierung", FAEHIGKEIT, LINEAR,
                    "Weiß die Person, ob es Morgen oder Abend ist, welcher Tag und welche Jahreszeit ist?"),
            c("2.4", KOGNITION, "Erinnern an wesentliche Ereignisse oder Beobachtungen", FAEHIGKEIT, LINEAR,
                    "Erinnert sich die Person an das, was vor kurzem geschehen ist, und an wichtige Dinge aus ihrem Leben?"),
            c("2.5", KOGNITION, "Steuern von mehrschrittigen Alltagshandlungen", FAEHIGKEIT, LINEAR,
                    "Kann die Person Tätigkeiten mit mehreren Schritten in der richtigen Reihenfolge erledigen, "
                            + "zum Beispiel Kaffee kochen oder sich anziehen?"),
            c("2.6", KOGNITION, "Treffen von Entscheidungen im Alltag", FAEHIGKEIT, LINEAR,
                    "Kann die Person im Alltag sinnvoll entscheiden, etwa welche Kleidung zum Wetter passt?"),
            c("2.7", KOGNITION, "Verstehen von Sachverhalten und Informationen", FAEHIGKEIT, LINEAR,
                    "Versteht die Person, was um sie herum geschieht, und Informationen, die man ihr gibt?"),
            c("2.8", KOGNITION, "Erkennen von Risiken und Gefahren", FAEHIGKEIT, LINEAR,
                    "Erkennt die Person Gefahren, etwa eine heiße Herdplatte, Stufen oder den Straßenverkehr?"),
            c("2.9", KOGNITION, "Mitteilen von elementaren Bedürfnissen", FAEHIGKEIT, LINEAR,
                    "Kann die Person sagen oder zeigen, dass sie Hunger, Durst, Schmerzen hat oder friert?"),
            c("2.10", KOGNITION, "Verstehen von Aufforderungen", FAEHIGKEIT, LINEAR,
                    "Versteht die Person einfache Bitten wie „Bitte setzen Sie sich“ oder „Heben Sie den Arm“?"),
            c("2.11", KOGNITION, "Beteiligen an einem Gespräch", FAEHIGKEIT, LINEAR,
                    "Kann die Person einem Gespräch folgen und darauf passend antworten?"),

            c("3.1", VERHALTEN, "Motorisch geprägte Verhaltensauffälligkeiten", HAEUFIGKEIT, BEHAVIOUR,
                    "Läuft die Person ziellos umher, will ständig weg oder ist körperlich sehr unruhig?"),
            c("3.2", VERHALTEN, "Nächtliche Unruhe", HAEUFIGKEIT, BEHAVIOUR,
                    "Ist die Person nachts wach, unruhig oder verwirrt, so dass jemand helfen muss?"),
            c("3.3", VERHALTEN, "Selbstschädigendes und autoaggressives Verhalten", HAEUFIGKEIT, BEHAVIOUR,
                    "Verletzt sich die Person selbst oder bringt sich in Gefahr, etwa durch Kratzen oder Schlagen?"),
            c("3.4", VERHALTEN, "Beschädigen von Gegenständen", HAEUFIGKEIT, BEHAVIOUR,
                    "Zerstört oder beschädigt die Person Dinge, zum Beispiel durch Werfen oder Zerreißen?"),
            c("3.5", VERHALTEN, "Physisch aggressives Verhalten gegenüber anderen Personen", HAEUFIGKEIT, BEHAVIOUR,
                    "Schlägt, tritt, kratzt oder stößt die Person andere Menschen?"),
            c("3.6", VERHALTEN, "Verbale Aggression", HAEUFIGKEIT, BEHAVIOUR,
                    "Beschimpft, bedroht oder beleidigt die Person andere?"),
            c("3.7", VERHALTEN, "Andere pflegerelevante vokale Auffälligkeiten", HAEUFIGKEIT, BEHAVIOUR,
                    "Ruft, schreit, stöhnt oder wiederholt die Person ständig dieselben Worte?"),
            c("3.8", VERHALTEN, "Abwehr pflegerischer und anderer unterstützender Maßnahmen", HAEUFIGKEIT, BEHAVIOUR,
                    "Wehrt sich die Person gegen Hilfe, etwa beim Waschen, Essen oder bei Medikamenten?"),
            c("3.9", VERHALTEN, "Wahnvorstellungen", HAEUFIGKEIT, BEHAVIOUR,
                    "Glaubt die Person fest an Dinge, die nicht stimmen, etwa bestohlen oder verfolgt zu werden?"),
            c("3.10", VERHALTEN, "Ängste", HAEUFIGKEIT, BEHAVIOUR,
                    "Hat die Person starke Ängste, bei denen jemand sie beruhigen muss?"),
            c("3.11", VERHALTEN, "Antriebslosigkeit bei depressiver Stimmungslage", HAEUFIGKEIT, BEHAVIOUR,
                    "Ist die Person so niedergeschlagen, dass sie ohne Anstoß nichts mehr tut, nicht einmal aufsteht oder isst?"),
            c("3.12", VERHALTEN, "Sozial inadäquate Verhaltensweisen", HAEUFIGKEIT, BEHAVIOUR,
                    "Verhält sich die Person in Gesellschaft unpassend, zum Beispiel distanzlos oder schamlos?"),
            c("3.13", VERHALTEN, "Sonstige pflegerelevante inadäquate Handlungen", HAEUFIGKEIT, BEHAVIOUR,
                    "Tut die Person andere unpassende Dinge, etwa Essen verstecken oder Gegenstände in den Mund nehmen?"),

            c("4.1", SELBSTVERSORGUNG, "Waschen des vorderen Oberkörpers", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person Hände, Gesicht, Hals, Arme, Achseln, Brust und Bauch allein waschen?"),
            c("4.2", SELBSTVERSORGUNG,
                    "Körperpflege im Bereich des Kopfes (Kämmen, Zahnpflege/Prothesenreinigung, Rasieren)",
                    SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person sich allein kämmen, die Zähne oder die Zahnprothese putzen und sich rasieren?"),
            c("4.3", SELBSTVERSORGUNG, "Waschen des Intimbereichs", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person den Intimbereich allein waschen und abtrocknen?"),
            c("4.4", SELBSTVERSORGUNG, "Duschen und Baden einschließlich Waschen der Haare", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person allein duschen oder baden und die Haare waschen, auch in die Dusche hinein und heraus?"),
            c("4.5", SELBSTVERSORGUNG, "An- und Auskleiden des Oberkörpers", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person Hemd, Pullover oder BH allein an- und ausziehen?"),
            c("4.6", SELBSTVERSORGUNG, "An- und Auskleiden des Unterkörpers", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person Hose, Rock, Strümpfe und Schuhe allein an- und ausziehen?"),
            c("4.7", SELBSTVERSORGUNG, "Mundgerechtes Zubereiten der Nahrung und Eingießen von Getränken",
                    SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person Essen klein schneiden, ein Brot streichen, Flaschen öffnen und Getränke eingießen?"),
            c("4.8", SELBSTVERSORGUNG, "Essen", SELBSTAENDIGKEIT, TRIPLE,
                    "Kann die Person das bereitgestellte Essen allein zum Mund führen, kauen und schlucken? (zählt dreifach)"),
            c("4.9", SELBSTVERSORGUNG, "Trinken", SELBSTAENDIGKEIT, DOUBLE,
                    "Kann die Person allein trinken und trinkt sie genug, ohne dass jemand sie erinnern muss? (zählt doppelt)"),
            c("4.10", SELBSTVERSORGUNG, "Benutzen einer Toilette oder eines Toilettenstuhls", SELBSTAENDIGKEIT, DOUBLE,
                    "Kann die Person allein zur Toilette gehen, sich hinsetzen, sich säubern und die Kleidung richten? "
                            + "(zählt doppelt)"),
            c("4.11", SELBSTVERSORGUNG,
                    "Bewältigen der Folgen einer Harninkontinenz und Umgang mit Dauerkatheter und Urostoma",
                    SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person Vorlagen selbst wechseln oder einen Katheter selbst versorgen? "
                            + "Zählt nur bei überwiegender oder vollständiger Harninkontinenz oder künstlicher Ableitung."),
            c("4.12", SELBSTVERSORGUNG, "Bewältigen der Folgen einer Stuhlinkontinenz und Umgang mit Stoma",
                    SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person nach Stuhlverlust sich selbst säubern oder ein Stoma selbst versorgen? "
                            + "Zählt nur bei überwiegender oder vollständiger Stuhlinkontinenz oder Stoma."),
            c("4.13", SELBSTVERSORGUNG, "Ernährung parenteral oder über Sonde", SONDENERNAEHRUNG, List.of(0, 6, 3),
                    "Wird die Person über eine Magensonde oder über die Vene ernährt? Teilweise Sondenernährung gibt mehr "
                            + "Punkte als vollständige, weil dann zusätzlich beim Essen geholfen werden muss."),
            c("4.K", SELBSTVERSORGUNG,
                    "Bestehen gravierender Probleme bei der Nahrungsaufnahme bei Kindern bis zu 18 Monaten, die einen "
                            + "außergewöhnlich pflegeintensiven Hilfebedarf auslösen",
                    JA_NEIN, List.of(0, 20),
                    "Nur für Kinder bis 18 Monate: Ist das Füttern so schwierig und aufwendig, dass es weit über das "
                            + "Übliche für ein Kind dieses Alters hinausgeht?"),

            c("5.1", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Medikation", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand Medikamente richten, geben oder die Einnahme überwachen?"),
            c("5.2", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Injektionen (subcutan oder intramuskulär)", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand eine Spritze geben, zum Beispiel Insulin oder Heparin?"),
            c("5.3", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Versorgung intravenöser Zugänge (Port)", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand einen Port oder Venenzugang versorgen oder eine Infusion anhängen?"),
            c("5.4", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Absaugen und Sauerstoffgabe", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand Schleim absaugen oder beim Sauerstoff helfen?"),
            c("5.5", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Einreibungen oder Kälte- und Wärmeanwendungen", MASSNAHMEN,
                    List.of(), "Wie oft muss jemand ärztlich verordnete Salben auftragen oder kühlen oder wärmen?"),
            c("5.6", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Messung und Deutung von Körperzuständen", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand Blutzucker, Blutdruck oder Gewicht messen und richtig darauf reagieren?"),
            c("5.7", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Körpernahe Hilfsmittel", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand beim Anlegen von Prothese, Kompressionsstrümpfen, Hörgerät oder Brille helfen?"),
            c("5.8", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Verbandswechsel und Wundversorgung", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand einen Verband wechseln oder eine Wunde versorgen?"),
            c("5.9", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Versorgung mit Stoma", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand ein Stoma (künstlicher Darm- oder Blasenausgang) pflegen?"),
            c("5.10", KRANKHEITSBEDINGTE_ANFORDERUNGEN,
                    "Regelmäßige Einmalkatheterisierung und Nutzung von Abführmethoden", MASSNAHMEN, List.of(),
                    "Wie oft muss jemand die Blase mit einem Katheter entleeren oder beim Abführen helfen?"),
            c("5.11", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Therapiemaßnahmen in häuslicher Umgebung", MASSNAHMEN,
                    List.of(), "Wie oft muss jemand zu Hause bei verordneten Übungen helfen, etwa Krankengymnastik oder Atemübungen?"),
            c("5.12", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Zeit- und technikintensive Maßnahmen in häuslicher Umgebung",
                    ZEIT_UND_TECHNIKINTENSIV, List.of(),
                    "Gibt es aufwendige Behandlungen zu Hause, etwa Heimdialyse oder Beatmung, und wie oft?"),
            c("5.13", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Arztbesuche", BESUCHE, List.of(),
                    "Wie oft muss jemand die Person zum Arzt begleiten?"),
            c("5.14", KRANKHEITSBEDINGTE_ANFORDERUNGEN,
                    "Besuch anderer medizinischer oder therapeutischer Einrichtungen (bis zu drei Stunden)", BESUCHE,
                    List.of(), "Wie oft muss jemand die Person zu Therapie oder Behandlung begleiten, bis zu drei Stunden lang?"),
            c("5.15", KRANKHEITSBEDINGTE_ANFORDERUNGEN,
                    "Zeitlich ausgedehnte Besuche anderer medizinischer oder therapeutischer Einrichtungen "
                            + "(länger als drei Stunden)",
                    BESUCHE, List.of(),
                    "Wie oft muss jemand die Person zu Behandlungen begleiten, die länger als drei Stunden dauern, etwa Dialyse?"),
            c("5.K", KRANKHEITSBEDINGTE_ANFORDERUNGEN, "Besuche von Einrichtungen zur Frühförderung bei Kindern",
                    BESUCHE, List.of(),
                    "Nur für Kinder: Wie oft muss jemand das Kind zur Frühförderung begleiten?"),
            c("5.16", KRANKHEITSBEDINGTE_ANFORDERUNGEN,
                    "Einhaltung einer Diät und anderer krankheits- oder therapiebedingter Verhaltensvorschriften",
                    SELBSTAENDIGKEIT_ODER_ENTFAELLT, LINEAR,
                    "Kann die Person eine ärztlich verordnete Diät oder andere Vorschriften allein einhalten?"),

            c("6.1", ALLTAGSLEBEN, "Gestaltung des Tagesablaufs und Anpassung an Veränderungen", SELBSTAENDIGKEIT,
                    LINEAR, "Kann die Person ihren Tag selbst einteilen und mit Änderungen im Ablauf umgehen?"),
            c("6.2", ALLTAGSLEBEN, "Ruhen und Schlafen", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person allein zur Ruhe kommen, ins Bett gehen und nachts ohne Hilfe schlafen?"),
            c("6.3", ALLTAGSLEBEN, "Sichbeschäftigen", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person ihre freie Zeit selbst mit etwas füllen, das ihr gefällt?"),
            c("6.4", ALLTAGSLEBEN, "Vornehmen von in die Zukunft gerichteten Planungen", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person für die nächsten Stunden, Tage oder Wochen planen?"),
            c("6.5", ALLTAGSLEBEN, "Interaktion mit Personen im direkten Kontakt", SELBSTAENDIGKEIT, LINEAR,
                    "Kann die Person mit Menschen in ihrer Nähe Kontakt aufnehmen und umgehen?"),
            c("6.6", ALLTAGSLEBEN, "Kontaktpflege zu Personen außerhalb des direkten Umfelds", SELBSTAENDIGKEIT,
                    LINEAR, "Kann die Person Kontakt zu Freunden oder Verwandten halten, etwa anrufen oder Besuche verabreden?"),

            c("7.1", AUSSERHAEUSLICHE_AKTIVITAETEN, "Verlassen des Bereichs der Wohnung oder der Einrichtung",
                    SELBSTAENDIGKEIT, List.of(), "Kann die Person allein aus der Wohnung oder dem Haus hinausgehen?"),
            c("7.2", AUSSERHAEUSLICHE_AKTIVITAETEN,
                    "Fortbewegen außerhalb der Wohnung oder der Einrichtung (zu Fuß, mit Gehhilfen oder Rollstuhl)",
                    SELBSTAENDIGKEIT, List.of(), "Kann die Person sich draußen allein fortbewegen?"),
            c("7.3", AUSSERHAEUSLICHE_AKTIVITAETEN, "Nutzung öffentlicher Verkehrsmittel im Nahverkehr",
                    SELBSTAENDIGKEIT, List.of(), "Kann die Person allein Bus oder Bahn fahren?"),
            c("7.4", AUSSERHAEUSLICHE_AKTIVITAETEN, "Mitfahren in einem Kraftfahrzeug", SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person ohne Hilfe in ein Auto oder Taxi ein- und aussteigen und mitfahren?"),
            c("7.5", AUSSERHAEUSLICHE_AKTIVITAETEN,
                    "Teilnahme an kulturellen, religiösen oder sportlichen Veranstaltungen", SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person allein zu Gottesdienst, Konzert, Verein oder Sport gehen?"),
            c("7.6", AUSSERHAEUSLICHE_AKTIVITAETEN,
                    "Besuch von Arbeitsplatz, Werkstatt für behinderte Menschen, Einrichtung der Tages- oder Nachtpflege "
                            + "oder eines Tagesbetreuungsangebotes",
                    SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person allein zur Arbeit, Werkstatt oder Tagespflege gelangen und dort teilnehmen?"),
            c("7.7", AUSSERHAEUSLICHE_AKTIVITAETEN, "Teilnahme an sonstigen Aktivitäten mit anderen Menschen",
                    SELBSTAENDIGKEIT, List.of(), "Kann die Person sich allein mit anderen treffen, etwa im Café oder bei Freunden?"),

            c("8.1", HAUSHALTSFUEHRUNG, "Einkaufen für den täglichen Bedarf", SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person allein einkaufen, was sie täglich braucht?"),
            c("8.2", HAUSHALTSFUEHRUNG, "Zubereitung einfacher Mahlzeiten", SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person sich allein eine einfache Mahlzeit zubereiten?"),
            c("8.3", HAUSHALTSFUEHRUNG, "Einfache Aufräum- und Reinigungsarbeiten", SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person allein abwaschen, aufräumen und Staub wischen?"),
            c("8.4", HAUSHALTSFUEHRUNG, "Aufwändige Aufräum- und Reinigungsarbeiten einschließlich Wäschepflege",
                    SELBSTAENDIGKEIT, List.of(), "Kann die Person allein putzen, Betten beziehen und Wäsche waschen?"),
            c("8.5", HAUSHALTSFUEHRUNG, "Nutzung von Dienstleistungen", SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person allein Handwerker, Friseur oder einen Pflegedienst bestellen?"),
            c("8.6", HAUSHALTSFUEHRUNG, "Umgang mit finanziellen Angelegenheiten", SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person ihr Geld einteilen, Rechnungen bezahlen und Bankgeschäfte erledigen?"),
            c("8.7", HAUSHALTSFUEHRUNG, "Umgang mit Behördenangelegenheiten", SELBSTAENDIGKEIT, List.of(),
                    "Kann die Person Briefe von Ämtern verstehen, Anträge ausfüllen und Fristen einhalten?"));

    private static final Map<String, Criterion> BY_NUMBER = new HashMap<>();
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < ALL.size(); i++) {
            BY_NUMBER.put(ALL.get(i).number(), ALL.get(i));
            INDEX.put(ALL.get(i).number(), i);
        }
    }

    private Criteria() {
    }

    private static Criterion c(String number, AssessmentModule module, String name, AnswerScale scale,
            List<Integer> points, String explanation) {
        return new Criterion(number, module, name, scale, points, explanation);
    }

    /** All criteria of modules 1–8 in questionnaire order. */
    public static List<Criterion> all() {
        return ALL;
    }

    public static List<Criterion> ofModule(AssessmentModule module) {
        List<Criterion> result = new ArrayList<>();
        for (Criterion criterion : ALL) {
            if (criterion.module() == module) {
                result.add(criterion);
            }
        }
        return result;
    }

    public static Optional<Criterion> byNumber(String number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    public static Criterion get(String number) {
        Criterion criterion = BY_NUMBER.get(number);
        if (criterion == null) {
            throw new IllegalArgumentException("No criterion " + number);
        }
        return criterion;
    }

    /** Position of a criterion in {@link #all()}; the index of answer arrays. */
    static int indexOf(String number) {
        Integer index = INDEX.get(number);
        if (index == null) {
            throw new IllegalArgumentException("No criterion " + number);
        }
        return index;
    }

    static int count() {
        return ALL.size();
    }
}
