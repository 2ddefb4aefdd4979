package de.pflegeregion.directory;

/** Where a search measures distances from, with a label for the user ("Wolnzach", "85276 Pfaffenhofen an der Ilm"). */
public record SearchCenter(double lat, double lon, String label) {
}
