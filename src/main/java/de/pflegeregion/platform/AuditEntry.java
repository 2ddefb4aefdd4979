package de.pflegeregion.platform;

import java.time.Instant;

/** One audited change: who did what to which subject when, with the state before and after as JSON text. */
public record AuditEntry(long id, Long tenantId, String actor, Instant occurredAt, String action,
                         String subjectType, String subjectId, String beforeState, String afterState) {
}
