package de.pflegeregion.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import de.pflegeregion.platform.Tenants;
import de.pflegeregion.site.LocalContactLookup;

/**
 * "Ihre Ansprechperson in …" for a place a citizen typed (name, postcode or AGS): the Kümmerer of its
 * Gemeinde or the county's fallback contact, as the offers page and the start page show them.
 */
@Component
class LocalContactSearch implements LocalContactLookup {

    private final Places places;
    private final Tenants tenants;
    // implemented by the network module when present; the directory does not depend on it
    private final ObjectProvider<LocalContacts> contacts;

    LocalContactSearch(Places places, Tenants tenants, ObjectProvider<LocalContacts> contacts) {
        this.places = places;
        this.tenants = tenants;
        this.contacts = contacts;
    }

    @Override
    public Optional<Found> near(String typed) {
        String value = typed.strip();
        Optional<Place> place = value.matches("\\d{5}") ? places.byPostcode(value)
                : value.matches("\\d{8}") ? places.byAgs(value) : places.byName(value, null);
        LocalContacts register = contacts.getIfAvailable();
        return place.map(p -> new Found(p.name(), register == null ? List.of()
                : tenants.all().stream().filter(t -> t.kreisAgs().equals(p.kreisAgs())).findFirst()
                        .map(t -> register.forGemeinde(t, p.ags()).stream()
                                .map(c -> new Contact(c.gemeindeName() == null ? p.name() : c.gemeindeName(), c.name(), c.function(),
                                        c.reachable(), c.fallback()))
                                .toList())
                        .orElse(List.of())));
    }
}
