package de.pflegeregion.benefits.web;

import de.pflegeregion.site.GermanNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.pflegeregion.benefits.Benefits;
import de.pflegeregion.benefits.Beratungseinsatz;
import de.pflegeregion.benefits.CareSetting;
import de.pflegeregion.benefits.Carer;
import de.pflegeregion.benefits.Freistellungen;
import de.pflegeregion.benefits.HilfsmittelZuzahlung;
import de.pflegeregion.benefits.KurzzeitpflegeRules;
import de.pflegeregion.benefits.VerhinderungspflegeRules;

/** The rules on a day that are not a single amount, each in one plain-German sentence with its §. */
final class FurtherRules {

    record Rule(String title, String text, String legalBasis) {
    }

    private FurtherRules() {
    }

    static List<Rule> on(Benefits benefits, int pflegegrad, LocalDate day) {
        List<Rule> rules = new ArrayList<>();
        Beratungseinsatz beratung = benefits.beratungseinsatz(pflegegrad, day, CareSetting.PFLEGEGELD);
        if (beratung.mandatoryEveryMonths() != null) {
            rules.add(new Rule("Beratungsbesuch zu Hause", "Wenn Sie nur Pflegegeld bekommen, müssen Sie alle "
                    + beratung.mandatoryEveryMonths() + " Monate einen Beratungsbesuch abrufen"
                    + (beratung.optionalEveryMonths() != null ? " (freiwillig auch alle " + beratung.optionalEveryMonths() + " Monate)" : "")
                    + ". Ohne Nachweis kann die Pflegekasse das Pflegegeld kürzen, zuerst um bis zu "
                    + GermanNumbers.euro(beratung.pflegegeldCutUpToEuro()) + ".", beratung.legalBasis()));
        } else {
            rules.add(new Rule("Beratungsbesuch zu Hause", "Sie können alle " + beratung.optionalEveryMonths()
                    + " Monate einen kostenlosen Beratungsbesuch zu Hause abrufen.", beratung.legalBasis()));
        }
        if (pflegegrad >= 2) {
            VerhinderungspflegeRules vp = benefits.verhinderungspflege(pflegegrad, day, Carer.OTHER, null);
            KurzzeitpflegeRules kzp = benefits.kurzzeitpflege(pflegegrad, day);
            rules.add(new Rule("Dauer von Verhinderungs- und Kurzzeitpflege", "Verhinderungspflege gibt es für bis zu "
                    + vp.maxWeeks() + " Wochen, Kurzzeitpflege für bis zu " + kzp.maxWeeks() + " Wochen im Jahr"
                    + (vp.vorpflegezeitMonths() > 0 ? "; Verhinderungspflege erst, wenn Ihre Pflegeperson Sie "
                            + vp.vorpflegezeitMonths() + " Monate zu Hause gepflegt hat" : "")
                    + ". In dieser Zeit bekommen Sie die Hälfte des Pflegegeldes weiter (bei Verhinderungspflege bis zu "
                    + vp.halfPflegegeldWeeks() + ", bei Kurzzeitpflege bis zu " + kzp.halfPflegegeldWeeks() + " Wochen)."
                    + (vp.claimByEndOfFollowingYear() ? " Die Kosten müssen Sie bis zum Ende des folgenden Jahres mit Belegen einreichen." : ""),
                    vp.legalBasis() + ", § 37 Abs. 2 SGB XI"));
            BigDecimal firstYear = benefits.leistungszuschlag(pflegegrad, day, 1, BigDecimal.ZERO).percent();
            if (firstYear.signum() > 0) {
                rules.add(new Rule("Leistungszuschlag im Pflegeheim", "Im Pflegeheim zahlt die Pflegekasse zusätzlich einen Teil "
                        + "Ihres Eigenanteils an den Pflegekosten: " + percent(firstYear) + " im ersten Jahr, "
                        + percent(benefits.leistungszuschlag(pflegegrad, day, 13, BigDecimal.ZERO).percent()) + " im zweiten, "
                        + percent(benefits.leistungszuschlag(pflegegrad, day, 25, BigDecimal.ZERO).percent()) + " im dritten und "
                        + percent(benefits.leistungszuschlag(pflegegrad, day, 37, BigDecimal.ZERO).percent()) + " ab dem vierten Jahr.",
                        "§ 43c SGB XI"));
            }
        }
        HilfsmittelZuzahlung example = benefits.hilfsmittelZuzahlung(day, new BigDecimal("1000"), 18);
        rules.add(new Rule("Technische Pflegehilfsmittel", "Die Pflegekasse stellt zum Beispiel ein Pflegebett oder einen "
                + "Hausnotruf; Erwachsene zahlen 10 Prozent dazu, höchstens " + GermanNumbers.euro(example.coPaymentEuro())
                + " je Hilfsmittel.", example.legalBasis()));
        if (pflegegrad >= 2) {
            rules.add(new Rule("Rente und Versicherung für pflegende Angehörige", "Wer Sie mindestens 10 Stunden in der Woche "
                    + "an mindestens 2 Tagen pflegt und höchstens 30 Stunden in der Woche arbeitet, bekommt Rentenbeiträge "
                    + "von der Pflegekasse; bei der Pflege ist sie oder er unfallversichert und unter Umständen arbeitslosenversichert.",
                    benefits.sozialeSicherung(pflegegrad, day, BigDecimal.TEN, 2, BigDecimal.ZERO).legalBasis()));
        }
        Freistellungen free = benefits.freistellungen(day, 1);
        rules.add(new Rule("Freistellung vom Beruf", "Angehörige dürfen bis zu " + free.kurzzeitigeArbeitsverhinderungTage()
                + " Arbeitstage fehlen, um die Pflege zu organisieren, und bekommen dafür Pflegeunterstützungsgeld für bis zu "
                + free.pflegeunterstuetzungsgeldTage() + " Tage " + (free.pflegeunterstuetzungsgeldJeKalenderjahr()
                        ? "je Kalenderjahr" : "je Pflegefall")
                + ". Pflegezeit: bis zu " + free.pflegezeitMaxMonate() + " Monate ganz oder teilweise frei bei Arbeitgebern mit mehr als 15 "
                + "Beschäftigten, " + free.pflegezeitAnkuendigungArbeitstage() + " Arbeitstage vorher ankündigen. Familienpflegezeit: bis zu "
                + free.familienpflegezeitMaxMonate() + " Monate mit mindestens " + free.familienpflegezeitMinWochenstunden()
                + " Wochenstunden bei mehr als 25 Beschäftigten, " + free.familienpflegezeitAnkuendigungWochen()
                + " Wochen vorher ankündigen; zusammen höchstens " + free.gesamtMaxMonate() + " Monate, mit zinslosem Darlehen.",
                free.legalBasis()));
        return rules;
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " Prozent";
    }
}
