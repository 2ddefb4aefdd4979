package de.pflegeregion.planning;

/**
 * One count of a population file: an area (or the Kreis, or the Land) in a year, by sex and band.
 *
 * @param unknown the source marked the cell unknown ({@code .}, {@code x}, {@code /}, {@code ...}); it counts as 0
 * @param variant the projection variant, or "" if the file has none
 * @param row     line in the file, header = 1
 */
public record PopulationCell(Projection.Level level, String areaKey, String areaName, int year, Sex sex, AgeBand band,
                             double count, boolean unknown, String variant, long row) {
}
