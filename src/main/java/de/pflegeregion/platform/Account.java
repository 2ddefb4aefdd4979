package de.pflegeregion.platform;

/** A login. Providers and county admins belong to one county ({@code tenantId}); the hash never leaves the platform. */
public record Account(long id, String username, Role role, Long tenantId, String displayName, boolean enabled) {
}
