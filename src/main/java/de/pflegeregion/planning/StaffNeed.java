package de.pflegeregion.planning;

/**
 * Staff needed: vollstationär in full-time equivalents by the § 113c (1) SGB XI levels, ambulant by
 * the planner's staff per client (null without one). Existing staff is set for the county only.
 */
public record StaffNeed(double hilfskraft, double assistenz, double fachkraft, Double ambulant,
                        Double existingVollstationaer, Double existingAmbulant) {

    public double vollstationaerTotal() {
        return hilfskraft + assistenz + fachkraft;
    }

    public Double vollstationaerGap() {
        return existingVollstationaer == null ? null : vollstationaerTotal() - existingVollstationaer;
    }

    public Double ambulantGap() {
        return existingAmbulant == null || ambulant == null ? null : ambulant - existingAmbulant;
    }
}
