package de.pflegeregion.directory;

/**
 * A town or Gemeinde centre from the geographic reference data (GeoNames, corrected by hand where noted).
 *
 * @param ags       eight-digit Amtlicher Gemeindeschlüssel of the Gemeinde the place belongs to
 * @param kreisAgs  five-digit AGS of its Kreis
 */
public record Place(String name, String ags, String kreisAgs, int population, double lat, double lon) {
}
