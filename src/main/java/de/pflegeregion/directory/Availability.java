package de.pflegeregion.directory;

import java.time.LocalDate;

/** Places of one type expected to be free from {@code from} to {@code until} (inclusive). */
public record Availability(String type, LocalDate from, LocalDate until, int places) {
}
