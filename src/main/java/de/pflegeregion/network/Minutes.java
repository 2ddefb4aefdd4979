package de.pflegeregion.network;

import java.time.Instant;

/** The Protokoll of one meeting: its state and when it was circulated, approved and published. */
public record Minutes(long meetingId, MinutesState state, Instant circulatedAt, Instant approvedAt, Instant publishedAt,
                      Instant modified) {

    public boolean published() {
        return state == MinutesState.VEROEFFENTLICHT;
    }
}
