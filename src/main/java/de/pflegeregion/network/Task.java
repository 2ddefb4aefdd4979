package de.pflegeregion.network;

import java.time.Instant;
import java.time.LocalDate;

/** A task from the minutes with its owner (a person), due date and status. */
public record Task(long id, long agendaItemId, String title, Long ownerPersonId, LocalDate due, TaskStatus status,
                   Instant created, Instant modified) {
}
