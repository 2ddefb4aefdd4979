package de.pflegeregion.network;

import java.util.Collection;

/**
 * Whether a gremium can decide: voting members present (in person or through their deputy) against all voting
 * members. Rule: more than half, the usual default of a Geschäftsordnung where it says nothing else; the
 * page shows the counts so a gremium with its own rule can read them.
 */
public record Quorum(int votingMembers, int votingPresent) {

    public Quorum {
        if (votingPresent < 0 || votingPresent > votingMembers) {
            throw new IllegalArgumentException("present " + votingPresent + " of " + votingMembers);
        }
    }

    public boolean reached() {
        return votingMembers > 0 && 2 * votingPresent > votingMembers;
    }

    /** The number of voting members that must be present. */
    public int needed() {
        return votingMembers / 2 + 1;
    }

    /** One entry per voting membership of the meeting's gremium with the attendance recorded for that person. */
    public static Quorum of(Collection<AttendanceStatus> votingAttendance) {
        int present = (int) votingAttendance.stream().filter(a -> a != null && a.counts()).count();
        return new Quorum(votingAttendance.size(), present);
    }
}
