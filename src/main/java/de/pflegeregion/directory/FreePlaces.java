package de.pflegeregion.directory;

import java.time.Instant;

/** The latest report of free places of one offer type: how many, when and by whom. */
public record FreePlaces(int count, Instant reportedAt, String reportedBy) {
}
