package de.pflegeregion.network;

import java.time.Instant;

/** One invited person with their answer. */
public record Invitation(long meetingId, long personId, Rsvp rsvp, Instant invitedAt) {
}
