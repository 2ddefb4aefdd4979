package de.pflegeregion.platform;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks the password only while the username and address are not locked by {@link LoginThrottle}. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String clientIp = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        throttle.lockedUntil(username, clientIp).ifPresent(until -> {
            throw new LoginLockedException(until);
        });
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.succeeded(username, clientIp);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, clientIp);
            throw throttle.lockedUntil(username, clientIp).<AuthenticationException>map(LoginLockedException::new).orElse(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
