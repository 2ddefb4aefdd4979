package de.pflegeregion.network;

/** Attendance of one person; {@code representedBy} is the deputy who came on their behalf. */
public record Attendance(long meetingId, long personId, AttendanceStatus status, Long representedBy) {
}
