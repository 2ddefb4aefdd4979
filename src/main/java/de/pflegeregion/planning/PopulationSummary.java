package de.pflegeregion.planning;

/** Residents in total and aged 65+ and 80+ (80+ by the band rule where the table stops at 75+). */
public record PopulationSummary(double total, double age65plus, double age80plus) {
}
