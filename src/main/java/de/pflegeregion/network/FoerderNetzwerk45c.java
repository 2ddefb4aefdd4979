package de.pflegeregion.network;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The funding of regional networks under § 45c Abs. 9 SGB XI as dated data (foerderung-45c9.csv, each row
 * with its source) and the conditions an application can be checked against on a given day.
 */
public final class FoerderNetzwerk45c {

    /**
     * The rules in force from validFrom to validTo (inclusive; null = open). Null limits did not exist then.
     *
     * @param networksPerCounty networks a county may have funded; null where the statute capped the county's total instead
     * @param maxPerCountyYear  the cap on all networks of a county together per year (§ 45c Abs. 9 Satz 3 SGB XI until 2021)
     */
    public record Version(LocalDate validFrom, LocalDate validTo, BigDecimal maxPerNetworkYear, Integer networksPerCounty,
                          Integer maxNetworksLargeCounty, Integer largeCountyFrom, BigDecimal maxPerCountyYear, BigDecimal maxSharePercent,
                          int minActors, String source) {

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        /** How many networks a county of this size may have funded; empty where the number was not limited. */
        public Optional<Integer> maxNetworks(Integer inhabitants) {
            return Optional.ofNullable(largeCountyFrom != null && inhabitants != null && inhabitants >= largeCountyFrom
                    ? maxNetworksLargeCounty : networksPerCounty);
        }

        /** The networks per county as the rules table shows them. */
        public String maxNetworksPerCounty() {
            return networksPerCounty != null ? networksPerCounty.toString()
                    : "nicht begrenzt, zusammen höchstens " + euros(maxPerCountyYear) + " je Kreis und Jahr";
        }
    }

    /**
     * A network's application for one calendar year.
     *
     * @param actors                  institutions that joined the network by agreement
     * @param fundedNetworksInCounty  networks of the same county already funded that year (this one not counted)
     */
    public record Application(int actors, boolean writtenAgreement, boolean qualityManagement, boolean countyMayTakePart,
                              BigDecimal requestedPerYear, BigDecimal networkCostsPerYear, int fundedNetworksInCounty,
                              Integer countyInhabitants) {
    }

    private static final List<Version> VERSIONS = read();

    private FoerderNetzwerk45c() {
    }

    public static List<Version> versions() {
        return VERSIONS;
    }

    public static Optional<Version> on(LocalDate day) {
        return VERSIONS.stream().filter(v -> v.appliesOn(day)).findFirst();
    }

    /** The conditions of § 45c Abs. 9 SGB XI the application does not meet on that day, in German; empty = all met. */
    public static List<String> unmet(Application a, LocalDate day) {
        Version v = on(day).orElseThrow(() -> new IllegalArgumentException("no § 45c (9) rules known for " + day));
        List<String> unmet = new ArrayList<>();
        if (a.actors() < v.minActors()) {
            unmet.add("Es sind " + a.actors() + " Akteure beteiligt; nötig sind mindestens " + v.minActors() + ".");
        }
        if (!a.writtenAgreement()) {
            unmet.add("Es fehlt die schriftliche Vereinbarung der Akteure über Ziele, Inhalte, Durchführung und Kosten.");
        }
        if (!a.qualityManagement()) {
            unmet.add("Das Netzwerk muss ein Qualitätsmanagement vorhalten.");
        }
        if (!a.countyMayTakePart()) {
            unmet.add("Der Kreis oder die kreisfreie Stadt muss an der Netzwerkarbeit teilnehmen können.");
        }
        if (a.requestedPerYear() != null && a.requestedPerYear().compareTo(v.maxPerNetworkYear()) > 0) {
            unmet.add("Beantragt sind " + euros(a.requestedPerYear()) + " je Jahr; höchstens " + euros(v.maxPerNetworkYear()) + " sind möglich.");
        }
        if (v.maxSharePercent() != null && a.requestedPerYear() != null && a.networkCostsPerYear() != null
                && a.networkCostsPerYear().signum() > 0) {
            BigDecimal limit = a.networkCostsPerYear().multiply(v.maxSharePercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            if (a.requestedPerYear().compareTo(limit) > 0) {
                unmet.add("Gefördert werden höchstens " + v.maxSharePercent().stripTrailingZeros().toPlainString()
                        + " % der Netzwerkkosten, hier " + euros(limit) + ".");
            }
        }
        v.maxNetworks(a.countyInhabitants()).filter(max -> a.fundedNetworksInCounty() >= max).ifPresent(max ->
                unmet.add("Im Kreis werden schon " + a.fundedNetworksInCounty() + " Netzwerke gefördert; möglich sind " + max + "."));
        // the county's cap is shared: a funded network got something, so the full cap is no longer available
        if (v.maxPerCountyYear() != null && a.fundedNetworksInCounty() > 0 && a.requestedPerYear() != null
                && a.requestedPerYear().compareTo(v.maxPerCountyYear()) >= 0) {
            unmet.add("Bis Ende 2021 galten höchstens " + euros(v.maxPerCountyYear()) + " je Kreis und Jahr für alle Netzwerke zusammen; im Kreis werden schon "
                    + a.fundedNetworksInCounty() + " Netzwerke gefördert.");
        }
        return unmet;
    }

    static String euros(BigDecimal amount) {
        return String.format(java.util.Locale.GERMANY, "%,.2f €", amount);
    }

    private static List<Version> read() {
        try (Reader in = new InputStreamReader(FoerderNetzwerk45c.class.getResourceAsStream("foerderung-45c9.csv"), StandardCharsets.UTF_8)) {
            List<Version> list = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                list.add(new Version(LocalDate.parse(r.get("valid_from")), blank(r.get("valid_to")) ? null : LocalDate.parse(r.get("valid_to")),
                        new BigDecimal(r.get("max_per_network_year_eur")), integer(r.get("max_networks_per_county")),
                        integer(r.get("max_networks_large_county")), integer(r.get("large_county_from_inhabitants")),
                        blank(r.get("max_per_county_year_eur")) ? null : new BigDecimal(r.get("max_per_county_year_eur")),
                        blank(r.get("max_share_percent")) ? null : new BigDecimal(r.get("max_share_percent")),
                        Integer.parseInt(r.get("min_actors")), r.get("source")));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer integer(String s) {
        return blank(s) ? null : Integer.valueOf(s);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
