package de.pflegeregion.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import de.pflegeregion.platform.CountySettings;

/** Puts the installation's county into every page model, for the header and the legal pages. */
@ControllerAdvice
class LayoutModel {

    private final CountySettings county;

    LayoutModel(CountySettings county) {
        this.county = county;
    }

    @ModelAttribute("county")
    CountySettings county() {
        return county;
    }
}
