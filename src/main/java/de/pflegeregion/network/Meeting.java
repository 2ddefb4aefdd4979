package de.pflegeregion.network;

import java.time.Instant;

/**
 * A Sitzung of a gremium. {@code uid} is the iCalendar UID fixed at creation, {@code sequence} rises with every
 * change (RFC 5545 3.8.7.4), so calendars replace their copy.
 */
public record Meeting(long id, long tenantId, long gremiumId, String title, Instant start, Instant end, String place,
                      boolean stepFree, boolean hearingLoop, boolean signLanguage, String accessNotes,
                      String onlineLink, boolean isPublic, MeetingState state, String uid, int sequence,
                      Instant created, Instant modified, boolean deleted) {

    /** Accessibility of the venue in words, e.g. "stufenlos, Induktionsschleife". */
    public String accessibility() {
        StringBuilder b = new StringBuilder();
        if (stepFree) {
            b.append("stufenlos erreichbar");
        }
        if (hearingLoop) {
            b.append(b.isEmpty() ? "" : ", ").append("Induktionsschleife");
        }
        if (signLanguage) {
            b.append(b.isEmpty() ? "" : ", ").append("Gebärdensprachdolmetschung");
        }
        if (accessNotes != null && !accessNotes.isBlank()) {
            b.append(b.isEmpty() ? "" : "; ").append(accessNotes);
        }
        return b.toString();
    }

    /** Place and online link as one iCalendar LOCATION text. */
    public String location() {
        if (place != null && !place.isBlank()) {
            return onlineLink == null || onlineLink.isBlank() ? place : place + " / online: " + onlineLink;
        }
        return onlineLink == null || onlineLink.isBlank() ? null : "online: " + onlineLink;
    }
}
