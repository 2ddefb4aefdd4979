package de.pflegeregion.planning;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * Population files for the demo counties, written in the layouts a planner uploads so the demo goes
 * through the real import. Both are estimates and their file names say so: Pfaffenhofen's age and
 * sex structure is not published per Gemeinde here, Kiel's age groups are not crossed with sex.
 */
public final class DemoPopulation {

    /** The 17 bands of table 12411-02-03-5. */
    static final int[] GENESIS_BOUNDS = {0, 3, 6, 10, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 75};
    private static final String OLD_HEADER = "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;"
            + "1_Auspraegung_Code;1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;2_Auspraegung_Label;"
            + "3_Merkmal_Code;3_Merkmal_Label;3_Auspraegung_Code;3_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl";

    private DemoPopulation() {
    }

    /**
     * Old-layout ffcsv of Landkreis Pfaffenhofen on 31.12.2022: each Gemeinde's real total split by
     * the Bayern age and sex structure (the reference population of the Bayern quotas, band rule).
     */
    public static String pfaffenhofen2022(QuotaSet bayern) {
        List<AgeBand> bands = genesisBands();
        double[][] share = new double[2][bands.size()];
        double all = 0;
        for (Sex sex : Sex.values()) {
            for (int b = 0; b < bands.size(); b++) {
                share[sex.ordinal()][b] = weight(bayern, bands.get(b), sex);
                all += share[sex.ordinal()][b];
            }
        }
        StringBuilder csv = new StringBuilder(OLD_HEADER).append('\n');
        for (CSVRecord g : ShippedData.records("pfaffenhofen_gemeinden_population.csv")) {
            if (!g.get("type").equals("Landkreis")) {
                double total = Double.parseDouble(g.get("pop_2022_12_31"));
                for (int b = 0; b < bands.size(); b++) {
                    for (Sex sex : Sex.values()) {
                        long count = Math.round(total * share[sex.ordinal()][b] / all);
                        csv.append(String.join(";", "12411", "Fortschreibung des Bevölkerungsstandes", "STAG", "Stichtag", "31.12.2022",
                                "GEMEIN", "Gemeinden", g.get("ags"), "        " + g.get("name"), "GES", "Geschlecht",
                                sex == Sex.MALE ? "GESM" : "GESW", sex.label(), "ALTX20", "Altersgruppen (unter 3 bis 75 u.m.)",
                                ageCode(bands.get(b)), bands.get(b).label(), String.valueOf(count))).append('\n');
                    }
                }
            }
        }
        return csv.toString();
    }

    /**
     * Template file of Kiel's 30 Stadtteile on 31.12.2023 (city register): each age group split into
     * men and women by the Schleswig-Holstein sex ratio of that age, scaled to the Stadtteil's men.
     */
    public static String kiel2023(QuotaSet schleswigHolstein) {
        StringBuilder csv = new StringBuilder(String.join(";", PopulationFile.TEMPLATE_COLUMNS)).append('\n');
        for (CSVRecord s : ShippedData.records("kiel_stadtteile_2023.csv")) {
            int number = Integer.parseInt(s.get("stadtteil_nr"));
            if (number == 0) {
                continue;
            }
            List<AgeBand> bands = new ArrayList<>();
            List<Double> counts = new ArrayList<>();
            for (String column : s.getParser().getHeaderNames()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("age_(\\d+)_(\\d+)").matcher(column);
                if (m.matches()) {
                    bands.add(new AgeBand(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                    counts.add(Double.valueOf(s.get(column)));
                }
            }
            bands.add(new AgeBand(80, null));
            counts.add(Double.valueOf(s.get("age_80plus")));
            double[] men = new double[bands.size()];
            double menSum = 0;
            for (int b = 0; b < bands.size(); b++) {
                double m = weight(schleswigHolstein, bands.get(b), Sex.MALE);
                double w = weight(schleswigHolstein, bands.get(b), Sex.FEMALE);
                men[b] = counts.get(b) * m / (m + w);
                menSum += men[b];
            }
            double scale = menSum == 0 ? 0 : Double.parseDouble(s.get("male")) / menSum;
            String key = "01002000-%02d".formatted(number);
            for (int b = 0; b < bands.size(); b++) {
                long male = Math.min(Math.round(men[b] * scale), Math.round(counts.get(b)));
                AgeBand band = bands.get(b);
                String to = band.open() ? "" : String.valueOf(band.to());
                csv.append(String.join(";", key, s.get("stadtteil"), "2023", "m", String.valueOf(band.from()), to, String.valueOf(male))).append('\n');
                csv.append(String.join(";", key, s.get("stadtteil"), "2023", "w", String.valueOf(band.from()), to,
                        String.valueOf(Math.round(counts.get(b)) - male))).append('\n');
            }
        }
        return csv.toString();
    }

    /** W(P,s) of the band rule over the quota set's reference population. */
    private static double weight(QuotaSet set, AgeBand band, Sex sex) {
        return set.quotas().stream().filter(q -> q.sex() == sex && q.setting() == Setting.PFLEGEGELD)
                .mapToDouble(q -> q.weight() * q.band().overlap(band) / q.band().width()).sum();
    }

    static List<AgeBand> genesisBands() {
        List<AgeBand> bands = new ArrayList<>();
        for (int i = 0; i < GENESIS_BOUNDS.length; i++) {
            bands.add(new AgeBand(GENESIS_BOUNDS[i], i + 1 < GENESIS_BOUNDS.length ? GENESIS_BOUNDS[i + 1] : null));
        }
        return bands;
    }

    private static String ageCode(AgeBand band) {
        return band.open() ? "ALT%03dUM".formatted(band.from()) : "ALT%03dB%02d".formatted(band.from(), band.to());
    }
}
