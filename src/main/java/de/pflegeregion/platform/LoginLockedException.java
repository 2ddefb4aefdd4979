package de.pflegeregion.platform;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** The login was refused without checking the password because of too many failures ({@link LoginThrottle}). */
public class LoginLockedException extends AuthenticationException {

    private final Instant lockedUntil;

    LoginLockedException(Instant lockedUntil) {
        super("login locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
