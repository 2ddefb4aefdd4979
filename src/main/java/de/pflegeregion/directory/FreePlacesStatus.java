package de.pflegeregion.directory;

import java.time.Instant;

/** Free places as shown: {@code current} is false once the report is older than the county's limit (default 7 days). */
public record FreePlacesStatus(int count, Instant reportedAt, boolean current) {
}
