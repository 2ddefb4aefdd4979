package de.pflegeregion.directory.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import de.pflegeregion.directory.OfferAccessDeniedException;
import de.pflegeregion.platform.CountySettings;

/** Another provider's or another county's offer: the "Kein Zugriff" page with status 403, nothing changed. */
@ControllerAdvice(basePackageClasses = SelfServiceErrors.class)
class SelfServiceErrors {

    private final CountySettings county;

    SelfServiceErrors(CountySettings county) {
        this.county = county;
    }

    @ExceptionHandler(OfferAccessDeniedException.class)
    ModelAndView forbidden() {
        // exception views get no @ModelAttribute values, so the layout's county is added here
        return new ModelAndView("error/forbidden", Map.of("status", 403, "county", county), HttpStatus.FORBIDDEN);
    }
}
