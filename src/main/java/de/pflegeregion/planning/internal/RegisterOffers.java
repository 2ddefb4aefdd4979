package de.pflegeregion.planning.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.planning.GeoPoint;
import de.pflegeregion.planning.RegisterOffer;

/** The county's active offers from the live register, read through the directory's public API on every request. */
@Component
class RegisterOffers {

    private final OfferRegistry registry;
    private final Clock clock;

    RegisterOffers(OfferRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    List<RegisterOffer> active(long tenantId) {
        return registry.ofTenant(tenantId, false).stream().map(this::view).toList();
    }

    /** Whether the offer (active or not) now belongs to the county, asked of the directory by its id. */
    boolean ofCounty(long offerId, long tenantId) {
        return registry.find(offerId).map(o -> o.tenantId() == tenantId).orElse(false);
    }

    private RegisterOffer view(Offer o) {
        Map<String, Integer> free = o.freePlaces().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().count()));
        return new RegisterOffer(o.id(), o.name(), o.types(), o.address().gemeindeAgs(),
                o.hasLocation() ? new GeoPoint(o.lat(), o.lon()) : null, o.capacity(), free,
                o.lastVerified() != null ? o.lastVerified() : o.updatedAt().atZone(clock.getZone()).toLocalDate());
    }
}
