package de.pflegeregion.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, the planners' area and the pages every public body must offer. */
@Controller
class SitePages {

    private final SiteNavigation navigation;

    SitePages(SiteNavigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("citizenEntries", navigation.citizenEntries());
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
