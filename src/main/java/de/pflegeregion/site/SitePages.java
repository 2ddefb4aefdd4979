package de.pflegeregion.site;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;


/** The start page, the planners' area and the pages every public body must offer. */
@Controller
class SitePages {

    /** Longer than any place name in the gazetteer; anything longer is a typing accident. */
    private static final int MAX_PLACE_LENGTH = 100;

    private final SiteNavigation navigation;
    // implemented by the directory module
    private final ObjectProvider<LocalContactLookup> localContacts;

    SitePages(SiteNavigation navigation, ObjectProvider<LocalContactLookup> localContacts) {
        this.navigation = navigation;
        this.localContacts = localContacts;
    }

    /** With {@code ort}: "Ihre Ansprechperson in …" for that place below the search field (no JavaScript needed). */
    @GetMapping("/")
    String start(@RequestParam(name = "ort", required = false) String place, Model model) {
        model.addAttribute("citizenEntries", navigation.citizenEntries());
        if (place == null) {
            return "start";
        }
        String typed = place.strip();
        model.addAttribute("place", typed);
        if (typed.isEmpty() || typed.length() > MAX_PLACE_LENGTH) {
            model.addAttribute("placeError", "Bitte geben Sie einen Ort oder eine fünfstellige Postleitzahl ein, zum Beispiel Wolnzach oder 85283.");
            return "start";
        }
        LocalContactLookup lookup = localContacts.getIfAvailable();
        Optional<LocalContactLookup.Found> found = lookup == null ? Optional.empty() : lookup.near(typed);
        if (found.isEmpty()) {
            model.addAttribute("placeError", "Den Ort „" + typed + "“ kennen wir nicht. Bitte prüfen Sie die Schreibweise oder geben Sie die Postleitzahl ein.");
            return "start";
        }
        model.addAttribute("contactPlace", found.get().placeName());
        model.addAttribute("localContacts", found.get().contacts());
        return "start";
    }

    @GetMapping("/planung")
    String planning(Model model) {
        model.addAttribute("plannerEntries", navigation.countyEntries());
        return "planning";
    }

    @GetMapping("/impressum")
    String imprint() {
        return "legal/imprint";
    }

    @GetMapping("/datenschutz")
    String privacy() {
        return "legal/privacy";
    }

    @GetMapping("/barrierefreiheit")
    String accessibility() {
        return "legal/accessibility";
    }

    @GetMapping("/datenquellen")
    String dataSources() {
        return "legal/data-sources";
    }
}
