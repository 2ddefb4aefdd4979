package de.pflegeregion.platform;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one password check, throttled by {@link LoginThrottle}: used by the login form and by the
 * API token endpoint, so guessing through either counts against the same lock.
 */
@Component
public class PasswordLogin {

    private final AuthenticationManager manager;
    private final Accounts accounts;

    PasswordLogin(AccountUserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle, Accounts accounts) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetails);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        // the only way to log in: no fallback manager that could check a password during a lock
        this.manager = new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
        this.accounts = accounts;
    }

    AuthenticationManager manager() {
        return manager;
    }

    /**
     * The enabled account with this username and password, checked from this client address.
     *
     * @throws LoginLockedException during a lock
     * @throws AuthenticationException when the username, the password or the account is not valid
     */
    public Account check(String username, String password, String clientIp) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(clientIp, null));
        String name = manager.authenticate(attempt).getName();
        return accounts.byUsername(name).orElseThrow();
    }
}
