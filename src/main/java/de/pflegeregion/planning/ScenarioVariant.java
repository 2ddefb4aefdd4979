package de.pflegeregion.planning;

import java.text.Normalizer;
import java.util.Locale;

import de.pflegeregion.platform.InvalidInput;

/**
 * A planner's saved variant of a built-in scenario: the same m_k(t) (spec "Forecast", scenarios) with
 * its own parameters, shown beside status quo, trend and ambulant vor stationär. {@link #slug()} is
 * fixed when the variant is created, so its scenario code {@code variante-<slug>} survives a rename.
 *
 * @param kind            {@link Scenario#TREND} (rate r) or {@link Scenario#AMBULANT_VOR_STATIONAER} (σ reached by the target year)
 * @param trendRate       r of a trend variant, e.g. −0.005; null for the other kind
 * @param shiftShare      σ in [0, 1] of an ambulant-vor-stationär variant; null for the other kind
 * @param shiftTargetYear the year σ is reached; null for the other kind
 * @param note            where the parameters come from or why, or null
 */
public record ScenarioVariant(String slug, String name, Scenario kind, Double trendRate, Double shiftShare, Integer shiftTargetYear,
                              String note) {

    public static final String CODE_PREFIX = "variante-";
    public static final int NAME_MAX = 80;
    public static final int NOTE_MAX = 1000;
    // "variante-" and the slug fit the 40 characters a published report keeps of its scenario
    private static final int SLUG_MAX = 31;

    public String code() {
        return CODE_PREFIX + slug;
    }

    /** The settings with this variant's parameters in place of the built-in scenario's. */
    public PlanningSettings applyTo(PlanningSettings settings) {
        return kind == Scenario.TREND ? settings.withScenario(trendRate, settings.shiftShare(), settings.shiftTargetYear())
                : settings.withScenario(settings.trendRate(), shiftShare, shiftTargetYear);
    }

    /** "Trend −0,5 % je Jahr", "ambulant vor stationär: 20 % bis 2035". */
    public String parameters() {
        return describe(kind, trendRate, shiftShare, shiftTargetYear);
    }

    /** The parameters of a scenario in plain German; a built-in one may have none set. */
    public static String describe(Scenario kind, Double trendRate, Double shiftShare, Integer shiftTargetYear) {
        return switch (kind) {
            case STATUS_QUO -> "Pflegequoten gleichbleibend";
            case TREND -> trendRate == null ? "keine jährliche Veränderung gesetzt (wie Status quo)" : "Trend " + percent(trendRate) + " % je Jahr";
            case AMBULANT_VOR_STATIONAER -> shiftShare == null ? "kein Anteil gesetzt (wie Status quo)"
                    : "ambulant vor stationär: " + percent(shiftShare) + " % " + (shiftTargetYear == null ? "sofort" : "bis " + shiftTargetYear);
        };
    }

    private static String percent(double share) {
        return java.math.BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString()
                .replace('.', ',').replace('-', '\u2212');
    }

    /**
     * Every value checked, each error naming its field; the name is stripped. {@code firstTargetYear}
     * and {@code lastTargetYear} bound the target year (the projection's years after the base year).
     */
    public ScenarioVariant checked(int firstTargetYear, int lastTargetYear) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new InvalidInput("name", "Bitte geben Sie der Variante einen Namen.");
        }
        if (n.length() > NAME_MAX) {
            throw new InvalidInput("name", "Der Name ist " + n.length() + " Zeichen lang; bitte höchstens " + NAME_MAX + ".");
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("name", "Der Name enthält Steuerzeichen; bitte nur Buchstaben, Ziffern und Satzzeichen.");
        }
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > SLUG_MAX) {
            throw new InvalidInput("slug", "Die Kennung besteht aus Kleinbuchstaben, Ziffern und Bindestrichen (höchstens " + SLUG_MAX + " Zeichen).");
        }
        if (kind != Scenario.TREND && kind != Scenario.AMBULANT_VOR_STATIONAER) {
            throw new InvalidInput("kind", "Eine Variante ist trend oder ambulant-vor-stationaer.");
        }
        if (kind == Scenario.TREND) {
            if (trendRate == null || trendRate.isNaN() || trendRate <= -0.2 || trendRate >= 0.2) {
                throw new InvalidInput("trendRate", "Die jährliche Veränderung liegt zwischen −0,2 und 0,2 (z. B. −0.005 für −0,5 % je Jahr).");
            }
        } else {
            if (shiftShare == null || shiftShare.isNaN() || shiftShare < 0 || shiftShare > 1) {
                throw new InvalidInput("shiftShare", "Der Anteil liegt zwischen 0 und 1 (z. B. 0.2 für 20 %).");
            }
            if (shiftTargetYear == null || shiftTargetYear < firstTargetYear || shiftTargetYear > lastTargetYear) {
                throw new InvalidInput("shiftTargetYear", "Das Zieljahr liegt in der Vorausberechnung: " + firstTargetYear + " bis " + lastTargetYear + ".");
            }
        }
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (remark != null && remark.length() > NOTE_MAX) {
            throw new InvalidInput("note", "Die Anmerkung ist " + remark.length() + " Zeichen lang; bitte höchstens " + NOTE_MAX + ".");
        }
        return kind == Scenario.TREND ? new ScenarioVariant(slug, n, kind, trendRate, null, null, remark)
                : new ScenarioVariant(slug, n, kind, null, shiftShare, shiftTargetYear, remark);
    }

    /** A slug from a name: lower case, umlauts spelled out, every other run of characters a hyphen ("Kompression 0,5 %" → "kompression-0-5"). */
    public static String slugOf(String name) {
        String s = (name == null ? "" : name).strip().toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > SLUG_MAX) {
            s = s.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "ohne-namen" : s;
    }
}
