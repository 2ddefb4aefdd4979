package de.pflegeregion.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.pflegeregion.directory.internal.OfferStore;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;
import tools.jackson.databind.ObjectMapper;

/**
 * Every change to the register goes through here: checked, authorised (county admins keep their
 * county's register, providers only the offers assigned to them), version-checked and audited.
 */
@Service
public class OfferRegistry {

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_PLACES = 9999;

    private final OfferStore store;
    private final OfferTypes offerTypes;
    private final Places places;
    private final Tenants tenants;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    OfferRegistry(OfferStore store, OfferTypes offerTypes, Places places, Tenants tenants, AuditLog auditLog,
                  ObjectMapper json, ApplicationEventPublisher events) {
        this.store = store;
        this.offerTypes = offerTypes;
        this.places = places;
        this.tenants = tenants;
        this.auditLog = auditLog;
        this.json = json;
        this.events = events;
    }

    public Optional<Offer> find(long offerId) {
        return store.load(offerId);
    }

    public List<Offer> ofTenant(long tenantId, boolean withRetired) {
        return store.loadTenant(tenantId, withRetired);
    }

    /** The offers a provider account may edit. */
    public List<Offer> offersOf(Account provider) {
        return store.offerIdsOfAccount(provider.id()).stream().map(store::load).flatMap(Optional::stream).toList();
    }

    public boolean mayEdit(Account account, Offer offer) {
        return switch (account.role()) {
            case COUNTY_ADMIN -> account.tenantId() != null && account.tenantId() == offer.tenantId();
            case PROVIDER -> account.tenantId() != null && account.tenantId() == offer.tenantId()
                    && store.isAssigned(account.id(), offer.id());
            case PUBLIC, PLANNER -> false;
        };
    }

    @Transactional
    public Offer create(long tenantId, OfferDraft draft, Account actor) {
        if (actor.role() != Role.COUNTY_ADMIN || actor.tenantId() == null || actor.tenantId() != tenantId) {
            throw new OfferAccessDeniedException(actor.username());
        }
        Tenant tenant = tenants.byId(tenantId).orElseThrow();
        List<FieldError> errors = validate(tenantId, draft);
        if (!errors.isEmpty()) {
            throw new OfferValidationException(errors);
        }
        long id = store.insert(tenantId, draft, locate(tenant, draft), clock.instant());
        Offer created = store.load(id).orElseThrow();
        audit(created, actor, "offer.created", null);
        return created;
    }

    @Transactional
    public Offer update(long offerId, long expectedVersion, OfferDraft draft, Account actor) {
        Offer before = editable(offerId, actor);
        List<FieldError> errors = validate(before.tenantId(), draft);
        if (!errors.isEmpty()) {
            throw new OfferValidationException(errors);
        }
        Tenant tenant = tenants.byId(before.tenantId()).orElseThrow();
        if (!store.update(offerId, expectedVersion, draft, locate(tenant, draft), clock.instant())) {
            throw new StaleOfferException(offerId);
        }
        Offer after = store.load(offerId).orElseThrow();
        audit(after, actor, "offer.updated", before);
        return after;
    }

    /** Takes an offer out of search and export; it stays in the database and the audit log. */
    @Transactional
    public Offer retire(long offerId, long expectedVersion, Account actor) {
        Offer before = editable(offerId, actor);
        if (actor.role() != Role.COUNTY_ADMIN) {
            throw new OfferAccessDeniedException(actor.username(), offerId);
        }
        if (!store.touch(offerId, expectedVersion, true, clock.instant())) {
            throw new StaleOfferException(offerId);
        }
        Offer after = store.load(offerId).orElseThrow();
        audit(after, actor, "offer.retired", before);
        return after;
    }

    /** A provider's report of free places per type (e.g. tagespflege → 2), stamped with now and the reporter. */
    @Transactional
    public Offer reportFreePlaces(long offerId, long expectedVersion, Map<String, Integer> freePlaces, Account actor) {
        Offer before = editable(offerId, actor);
        List<FieldError> errors = new ArrayList<>();
        freePlaces.forEach((type, count) -> {
            boolean countable = before.types().contains(type)
                    && offerTypes.find(before.tenantId(), type).map(OfferType::hasPlaces).orElse(false);
            if (!countable) {
                errors.add(new FieldError("freePlaces." + type, "Für die Angebotsart „" + type + "“ dieses Angebots werden keine Plätze gezählt."));
            } else if (count == null || count < 0 || count > MAX_PLACES) {
                errors.add(new FieldError("freePlaces." + type, "Bitte geben Sie eine Zahl von 0 bis " + MAX_PLACES + " an."));
            }
        });
        if (freePlaces.isEmpty()) {
            errors.add(new FieldError("freePlaces", "Bitte geben Sie die freien Plätze an."));
        }
        if (!errors.isEmpty()) {
            throw new OfferValidationException(errors);
        }
        Instant now = clock.instant();
        if (!store.touch(offerId, expectedVersion, null, now)) {
            throw new StaleOfferException(offerId);
        }
        freePlaces.forEach((type, count) -> store.putFreePlaces(offerId, type, new FreePlaces(count, now, actor.username())));
        Offer after = store.load(offerId).orElseThrow();
        audit(after, actor, "offer.free-places-reported", before);
        return after;
    }

    /** Lets a provider account edit an offer of its county. */
    @Transactional
    public void assignToProvider(long offerId, Account provider, Account actor) {
        Offer offer = editable(offerId, actor);
        if (actor.role() != Role.COUNTY_ADMIN || provider.role() != Role.PROVIDER
                || provider.tenantId() == null || provider.tenantId() != offer.tenantId()) {
            throw new OfferAccessDeniedException(actor.username(), offerId);
        }
        store.assignToAccount(provider.id(), offerId);
        auditLog.record(offer.tenantId(), actor.username(), "offer.assigned", "offer", String.valueOf(offerId), null,
                "{\"account\":\"" + provider.username() + "\"}");
    }

    /** Takes an offer away from a provider account, e.g. after a wrong assignment or a change of operator. */
    @Transactional
    public void unassignFromProvider(long offerId, Account provider, Account actor) {
        Offer offer = editable(offerId, actor);
        if (actor.role() != Role.COUNTY_ADMIN || provider.tenantId() == null || provider.tenantId() != offer.tenantId()) {
            throw new OfferAccessDeniedException(actor.username(), offerId);
        }
        store.unassignFromAccount(provider.id(), offerId);
        auditLog.record(offer.tenantId(), actor.username(), "offer.unassigned", "offer", String.valueOf(offerId),
                "{\"account\":\"" + provider.username() + "\"}", null);
    }

    /** Every problem of a draft, each naming its field; empty when the draft can be saved. */
    public List<FieldError> validate(long tenantId, OfferDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, OfferType> known = offerTypes.visibleTo(tenantId).stream()
                .collect(java.util.stream.Collectors.toMap(OfferType::code, t -> t, (a, b) -> a));
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new FieldError("name", "Bitte geben Sie den Namen des Angebots an."));
        } else if (d.name().length() > 300) {
            errors.add(new FieldError("name", "Der Name darf höchstens 300 Zeichen lang sein."));
        }
        if (d.types().isEmpty()) {
            errors.add(new FieldError("types", "Bitte wählen Sie mindestens eine Angebotsart."));
        }
        for (String type : d.types()) {
            if (!known.containsKey(type)) {
                errors.add(new FieldError("types", "Die Angebotsart „" + type + "“ gibt es in diesem Landkreis nicht."));
            }
        }
        boolean hasPostcode = d.postalCode() != null && !d.postalCode().isBlank();
        if (hasPostcode && !POSTCODE.matcher(d.postalCode()).matches()) {
            errors.add(new FieldError("postalCode", "Die Postleitzahl muss aus fünf Ziffern bestehen."));
        } else if (hasPostcode && !places.isKnownPostcode(d.postalCode())) {
            errors.add(new FieldError("postalCode", "Die Postleitzahl " + d.postalCode() + " gibt es nicht."));
        }
        boolean hasCity = d.city() != null && !d.city().isBlank();
        if (hasCity && !hasPostcode && d.lat() == null && places.byName(d.city(), null).isEmpty()) {
            errors.add(new FieldError("city", "Den Ort „" + d.city() + "“ finden wir nicht. Bitte prüfen Sie die Schreibweise oder geben Sie die Postleitzahl an."));
        }
        if ((d.lat() == null) != (d.lon() == null)) {
            errors.add(new FieldError("lat", "Bitte geben Sie Breite und Länge an oder keines von beiden."));
        } else if (d.lat() != null && (d.lat() < -90 || d.lat() > 90 || d.lon() < -180 || d.lon() > 180)) {
            errors.add(new FieldError("lat", "Breite muss zwischen -90 und 90, Länge zwischen -180 und 180 liegen."));
        }
        if (d.email() != null && !d.email().isBlank() && !EMAIL.matcher(d.email()).matches()) {
            errors.add(new FieldError("email", "Die E-Mail-Adresse ist ungültig."));
        }
        if (d.website() != null && !d.website().isBlank() && !d.website().matches("https?://\\S+")) {
            errors.add(new FieldError("website", "Die Webseite muss mit http:// oder https:// beginnen."));
        }
        d.capacity().forEach((type, count) -> {
            boolean countable = d.types().contains(type) && known.containsKey(type) && known.get(type).hasPlaces();
            if (!countable) {
                errors.add(new FieldError("capacity." + type, "Plätze gibt es nur für Angebotsarten dieses Angebots mit Platzzahl, z. B. Tagespflege."));
            } else if (count == null || count < 0 || count > MAX_PLACES) {
                errors.add(new FieldError("capacity." + type, "Bitte geben Sie eine Zahl von 0 bis " + MAX_PLACES + " an."));
            }
        });
        for (Availability a : d.availability()) {
            if (!d.types().contains(a.type()) || a.from() == null || a.until() == null || a.until().isBefore(a.from()) || a.places() < 0) {
                errors.add(new FieldError("availability", "Ein Zeitraum ist unvollständig oder endet vor seinem Beginn."));
            }
        }
        return errors;
    }

    private Offer editable(long offerId, Account actor) {
        Offer offer = store.load(offerId).orElseThrow(() -> new OfferAccessDeniedException(actor.username(), offerId));
        if (!mayEdit(actor, offer)) {
            throw new OfferAccessDeniedException(actor.username(), offerId);
        }
        return offer;
    }

    /** Entered coordinates win; otherwise the town or postcode centre; an offer without address sits at the county's main town. */
    private OfferStore.Location locate(Tenant tenant, OfferDraft d) {
        Optional<Place> place = places.locate(d.postalCode(), d.city(), tenant.kreisAgs());
        String ags = place.map(Place::ags).orElse(null);
        if (d.lat() != null) {
            return new OfferStore.Location(d.lat(), d.lon(), ags, LocationSource.ENTERED);
        }
        if (place.isPresent()) {
            boolean byCity = d.city() != null && !d.city().isBlank();
            return new OfferStore.Location(place.get().lat(), place.get().lon(), ags, byCity ? LocationSource.PLACE : LocationSource.POSTCODE);
        }
        Optional<Place> main = places.mainPlaceOf(tenant.kreisAgs());
        return new OfferStore.Location(main.map(Place::lat).orElse(null), main.map(Place::lon).orElse(null), null, LocationSource.COUNTY);
    }

    private void audit(Offer after, Account actor, String action, Offer before) {
        auditLog.record(after.tenantId(), actor.username(), action, "offer", String.valueOf(after.id()),
                before == null ? null : json.writeValueAsString(before), json.writeValueAsString(after));
        events.publishEvent(new OfferChanged(after.id()));
    }
}
