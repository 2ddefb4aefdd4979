package de.pflegeregion.platform;

import java.time.Instant;

/** An API token as the account page lists it; the token itself is never stored, only its hash. */
public record ApiToken(long id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
