package de.pflegeregion.network;

import java.time.Instant;

/** A TOP of a meeting; non-public TOPs never reach the public or OParl. */
public record AgendaItem(long id, long meetingId, String number, String title, boolean isPublic, String discussion,
                         Long carriedTaskId, Instant created, Instant modified) {
}
