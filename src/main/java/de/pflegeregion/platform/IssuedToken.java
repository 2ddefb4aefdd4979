package de.pflegeregion.platform;

import java.time.Instant;

/** A new secret (API token, password reset link token), shown exactly once; the database keeps its hash. */
public record IssuedToken(String token, Instant expiresAt) {
}
