package de.pflegeregion.platform;

import java.io.Serializable;
import java.time.Instant;

/**
 * Why the last login failed, kept in the session for the login page: the username to show again
 * and, when too many attempts failed, the end of the lock (null otherwise).
 */
public record LoginFailure(String username, Instant lockedUntil) implements Serializable {

    public static final String SESSION_ATTRIBUTE = LoginFailure.class.getName();

    public boolean locked() {
        return lockedUntil != null;
    }
}
