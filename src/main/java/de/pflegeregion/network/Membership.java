package de.pflegeregion.network;

import java.time.Instant;
import java.time.LocalDate;

/** A person in a gremium, on behalf of an institution, with role, voting right, deputy and period. */
public record Membership(long id, long gremiumId, long personId, Long onBehalfOf, MemberRole role, boolean voting,
                         Long deputyPersonId, LocalDate from, LocalDate until, Instant created, Instant modified,
                         boolean deleted) {

    public boolean activeOn(LocalDate day) {
        return !deleted && (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
