package de.pflegeregion.directory;

/** Postal address of an offer; {@code gemeindeAgs} is the eight-digit AGS of its Gemeinde where known. */
public record Address(String street, String postalCode, String city, String gemeindeAgs) {
}
