package de.pflegeregion.directory.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.directory.OfferQuery;
import de.pflegeregion.directory.OfferSearch;
import de.pflegeregion.directory.OfferType;
import de.pflegeregion.directory.OfferTypes;
import de.pflegeregion.directory.SearchResult;
import de.pflegeregion.directory.UnknownPlaceException;
import de.pflegeregion.platform.MapSettings;
import de.pflegeregion.site.LocalContactLookup;

/**
 * "Angebote in der Nähe": search by place or PLZ, types and free places, results by distance,
 * an offer page, and the checklists for choosing a Pflegedienst and for the Pflegevertrag.
 * Plain HTML forms with GET: works without JavaScript, every result page can be bookmarked.
 */
@Controller
class OfferPages {

    static final List<Integer> RADII = List.of(5, 10, 25, 50, 100);
    /** What people look for most (Pflegedienst, Tagespflege, Kurzzeitpflege, Pflegeheim, Beratung): on top, the rest folded. */
    static final List<String> MOST_ASKED = List.of("ambulant", "tagespflege", "kurzzeitpflege", "vollstationaer", "beratung");

    private final OfferSearch search;
    private final OfferTypes offerTypes;
    private final MapSettings map;
    private final Clock clock;
    private final LocalContactLookup localContacts;

    OfferPages(OfferSearch search, OfferTypes offerTypes, MapSettings map, Clock clock,
               LocalContactLookup localContacts) {
        this.search = search;
        this.offerTypes = offerTypes;
        this.map = map;
        this.clock = clock;
        this.localContacts = localContacts;
    }

    /** "Ihre Ansprechperson in …": the Kümmerer of the Gemeinde searched for, or the county's fallback; empty if none. */
    private List<LocalContactLookup.Contact> contactsNear(String near) {
        return localContacts.near(near).map(LocalContactLookup.Found::contacts).orElse(List.of());
    }

    /** The form's fields as entered, so they are kept when the page is shown again. */
    public record Form(String near, int radiusKm, List<String> types, boolean freePlaces, String q) {
    }

    @GetMapping("/angebote")
    String search(@RequestParam(required = false) String near, @RequestParam(defaultValue = "25") String radiusKm,
                  @RequestParam(name = "type", required = false) List<String> types,
                  @RequestParam(required = false) String freePlaces, @RequestParam(required = false) String q, Model model) {
        List<String> chosen = types == null ? List.of() : types;
        int radius = RADII.contains(parse(radiusKm)) ? parse(radiusKm) : 25;
        Form form = new Form(near == null ? "" : near.strip(), radius, chosen, "true".equals(freePlaces), q == null ? "" : q.strip());
        model.addAttribute("form", form);
        model.addAttribute("radii", RADII);
        List<OfferType> standard = offerTypes.all().stream().filter(t -> t.tenantId() == null).toList();
        List<OfferType> more = standard.stream().filter(t -> !MOST_ASKED.contains(t.code())).toList();
        model.addAttribute("commonTypes", standard.stream().filter(t -> MOST_ASKED.contains(t.code()))
                .sorted(Comparator.comparingInt(t -> MOST_ASKED.indexOf(t.code()))).toList());
        model.addAttribute("moreTypes", more);
        model.addAttribute("moreTypesChosen", more.stream().anyMatch(t -> chosen.contains(t.code())));
        model.addAttribute("chosenLabels", standard.stream().filter(t -> chosen.contains(t.code())).map(OfferType::label).toList());
        if (near == null) {
            return "offers/search";
        }
        if (!RADII.contains(parse(radiusKm))) {
            model.addAttribute("errorField", "radiusKm");
            model.addAttribute("error", "Bitte wählen Sie einen Umkreis aus der Liste.");
            return "offers/search";
        }
        try {
            SearchResult result = search.search(new OfferQuery(form.near(), (double) radius, chosen, form.freePlaces(),
                    form.q().isEmpty() ? null : form.q(), null, null));
            Instant now = clock.instant();
            model.addAttribute("result", result);
            model.addAttribute("offers", result.offers().stream().map(hit -> OfferView.of(hit, offerTypes, now)).toList());
            model.addAttribute("map", map.enabled() && !result.offers().isEmpty() ? map : null);
            model.addAttribute("localContacts", contactsNear(form.near()));
        } catch (InvalidInput e) {
            model.addAttribute("errorField", e.field().equals("type") ? "types" : e.field());
            model.addAttribute("error", e.field().equals("near")
                    ? "Bitte geben Sie einen Ort oder eine fünfstellige Postleitzahl ein, zum Beispiel Wolnzach oder 85283."
                    : e.getMessage());
        } catch (UnknownPlaceException e) {
            model.addAttribute("errorField", "near");
            model.addAttribute("error", "Den Ort oder die Postleitzahl „" + form.near()
                    + "“ finden wir nicht. Bitte prüfen Sie die Schreibweise, zum Beispiel Wolnzach oder 85283.");
        }
        return "offers/search";
    }

    @GetMapping("/angebote/{id}")
    String offer(@PathVariable String id, Model model) {
        long offerId = parseId(id);
        OfferView view = search.find(offerId).map(hit -> OfferView.of(hit, offerTypes, clock.instant()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", view);
        model.addAttribute("isPflegedienst", view.offer().types().contains("ambulant"));
        return "offers/detail";
    }

    @GetMapping("/angebote/checkliste-pflegedienst")
    String checklistPflegedienst() {
        return "offers/checklist-pflegedienst";
    }

    @GetMapping("/angebote/checkliste-pflegevertrag")
    String checklistPflegevertrag() {
        return "offers/checklist-pflegevertrag";
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
