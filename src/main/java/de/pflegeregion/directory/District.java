package de.pflegeregion.directory;

/** A Kreis or kreisfreie Stadt (Destatis 2018). */
public record District(String ags, String type, String name, int population) {
}
