package de.pflegeregion.benefits.web;

import java.time.LocalDate;

import de.pflegeregion.benefits.Land;
import de.pflegeregion.benefits.web.FormChecks.CoveredByLaw;
import de.pflegeregion.benefits.web.FormChecks.Pflegegrad;
import jakarta.validation.constraints.NotNull;

/** The Leistungen form ({@code ?pflegegrad=3&datum=2025-03-15&land=BY}), bound field by field. */
class EntitlementsForm {

    @NotNull
    @Pflegegrad
    Integer pflegegrad;

    /** Empty means today in the county. */
    @CoveredByLaw
    LocalDate datum;

    Land land;
}
