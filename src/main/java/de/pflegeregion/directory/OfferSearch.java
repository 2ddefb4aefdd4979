package de.pflegeregion.directory;

import de.pflegeregion.platform.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import de.pflegeregion.directory.internal.OfferIndex;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * Search of the register by straight-line distance. Runs on the in-memory {@link OfferIndex}:
 * latitude band by binary search, longitude box check, then filters and exact haversine distance.
 */
@Service
public class OfferSearch {

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern AGS = Pattern.compile("\\d{8}");

    private final OfferIndex index;
    private final Places places;
    private final OfferTypes offerTypes;
    private final Tenants tenants;
    private final Clock clock;

    OfferSearch(OfferIndex index, Places places, OfferTypes offerTypes, Tenants tenants, Clock clock) {
        this.index = index;
        this.places = places;
        this.offerTypes = offerTypes;
        this.tenants = tenants;
        this.clock = clock;
    }

    public SearchResult search(OfferQuery query) {
        double radius = checkedRadius(query.radiusKm());
        int limit = checkedLimit(query.limit());
        for (String type : query.types()) {
            if (!offerTypes.exists(type)) {
                throw new InvalidInput("type", "Die Angebotsart „" + type + "“ gibt es nicht.");
            }
        }
        Map<Long, Tenant> tenantsById = tenants.all().stream().collect(Collectors.toMap(Tenant::id, Function.identity(), (a, b) -> a, HashMap::new));
        Long tenantId = null;
        if (query.tenantSlug() != null && !query.tenantSlug().isBlank()) {
            // the cached list may predate a county created on another node a moment ago
            Tenant tenant = tenantsById.values().stream().filter(t -> t.slug().equals(query.tenantSlug())).findFirst()
                    .or(() -> tenants.bySlug(query.tenantSlug()))
                    .orElseThrow(() -> new InvalidInput("tenant", "Den Landkreis „" + query.tenantSlug() + "“ gibt es hier nicht."));
            tenantsById.put(tenant.id(), tenant);
            tenantId = tenant.id();
        }
        SearchCenter center = resolve(query.near(), tenantId == null ? null : tenantsById.get(tenantId).kreisAgs());
        String[] words = query.text() == null ? new String[0]
                : Arrays.stream(query.text().toLowerCase(Locale.GERMAN).split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);

        Geo.BoundingBox box = Geo.BoundingBox.around(center.lat(), center.lon(), radius);
        Instant now = clock.instant();
        List<Candidate> matches = new ArrayList<>();
        for (OfferIndex.Entry e : index.latitudeBand(box.minLat(), box.maxLat())) {
            if (!box.containsLon(e.lon())
                    || (tenantId != null && e.offer().tenantId() != tenantId)
                    || !e.types().containsAll(query.types())
                    || !containsAll(e.text(), words)) {
                continue;
            }
            Tenant tenant = tenantsById.computeIfAbsent(e.offer().tenantId(), id -> tenants.byId(id).orElseThrow());
            if (query.freePlacesOnly() && !hasCurrentFreePlaces(e.offer(), query.types(), tenant, now)) {
                continue;
            }
            double distance = Geo.distanceKm(center.lat(), center.lon(), e.lat(), e.lon());
            if (distance <= radius) {
                matches.add(new Candidate(e.offer(), tenant, distance));
            }
        }
        matches.sort(Comparator.comparingDouble(Candidate::distanceKm).thenComparing(c -> c.offer().name()));
        List<OfferHit> hits = matches.stream().limit(limit)
                .map(c -> hit(c.offer(), c.tenant(), Math.round(c.distanceKm() * 10) / 10.0, now)).toList();
        return new SearchResult(center, matches.size(), hits);
    }

    /** One active offer by id, with its free places judged for currency. */
    public Optional<OfferHit> find(long offerId) {
        return index.byId(offerId).map(e -> hit(e.offer(), tenants.byId(e.offer().tenantId()).orElseThrow(), null, clock.instant()));
    }

    /** Judges stored free places for an offer read elsewhere (e.g. the provider's own page). */
    public Map<String, FreePlacesStatus> freePlacesStatus(Offer offer) {
        return hit(offer, tenants.byId(offer.tenantId()).orElseThrow(), null, clock.instant()).freePlaces();
    }

    /** Resolves {@code near}: "lat,lon", a five-digit PLZ, an eight-digit AGS or a place name. */
    public SearchCenter resolve(String near, String preferredKreisAgs) {
        if (near == null || near.isBlank()) {
            throw new InvalidInput("near", "Bitte geben Sie einen Ort, eine Postleitzahl oder Koordinaten an.");
        }
        String value = near.strip();
        Optional<double[]> latLon = coordinates(value);
        if (latLon.isPresent()) {
            double lat = latLon.get()[0];
            double lon = latLon.get()[1];
            // NaN fails every comparison, so the range is checked as "inside", not as "outside"
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                throw new InvalidInput("near", "Breite muss zwischen -90 und 90, Länge zwischen -180 und 180 liegen.");
            }
            return new SearchCenter(lat, lon, value);
        }
        if (POSTCODE.matcher(value).matches()) {
            Place place = places.byPostcode(value).orElseThrow(() -> new UnknownPlaceException(value));
            return new SearchCenter(place.lat(), place.lon(), value + " " + place.name());
        }
        if (AGS.matcher(value).matches()) {
            Place place = places.byAgs(value).orElseThrow(() -> new UnknownPlaceException(value));
            return new SearchCenter(place.lat(), place.lon(), place.name());
        }
        if (value.chars().allMatch(Character::isDigit) || value.length() > 100) {
            throw new InvalidInput("near", "Bitte geben Sie einen Ortsnamen, eine fünfstellige Postleitzahl, einen achtstelligen Gemeindeschlüssel oder „Breite,Länge“ an.");
        }
        Place place = places.byName(value, preferredKreisAgs).orElseThrow(() -> new UnknownPlaceException(value));
        return new SearchCenter(place.lat(), place.lon(), place.name());
    }

    /** "48.6,11.6" as two numbers; anything Java reads as a number counts (NaN too), so that it is refused, not looked up as a place. */
    private static Optional<double[]> coordinates(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Candidate(Offer offer, Tenant tenant, double distanceKm) {
    }

    private static OfferHit hit(Offer offer, Tenant tenant, Double distanceKm, Instant now) {
        Map<String, FreePlacesStatus> free = new LinkedHashMap<>();
        offer.freePlaces().forEach((type, f) -> free.put(type, new FreePlacesStatus(f.count(), f.reportedAt(), isCurrent(f, tenant, now))));
        return new OfferHit(offer, tenant.slug(), distanceKm, free);
    }

    private static boolean isCurrent(FreePlaces f, Tenant tenant, Instant now) {
        return !f.reportedAt().isBefore(now.minus(tenant.freePlacesMaxAge()));
    }

    private static boolean hasCurrentFreePlaces(Offer offer, List<String> types, Tenant tenant, Instant now) {
        return offer.freePlaces().entrySet().stream()
                .anyMatch(e -> (types.isEmpty() || types.contains(e.getKey())) && e.getValue().count() > 0
                        && isCurrent(e.getValue(), tenant, now));
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static double checkedRadius(Double radiusKm) {
        if (radiusKm == null) {
            return OfferQuery.DEFAULT_RADIUS_KM;
        }
        if (radiusKm.isNaN() || radiusKm <= 0 || radiusKm > OfferQuery.MAX_RADIUS_KM) {
            throw new InvalidInput("radiusKm", "Der Umkreis muss größer als 0 und höchstens 200 km sein.");
        }
        return radiusKm;
    }

    private static int checkedLimit(Integer limit) {
        if (limit == null) {
            return OfferQuery.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > OfferQuery.MAX_LIMIT) {
            throw new InvalidInput("limit", "Die Anzahl muss zwischen 1 und 500 liegen.");
        }
        return limit;
    }
}
