package de.pflegeregion.platform;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Login against the account table; each role becomes an authority ROLE_PROVIDER etc. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                .password(hash)
                .disabled(!account.enabled())
                .authorities(authoritiesOf(account))
                .build();
    }

    static List<GrantedAuthority> authoritiesOf(Account account) {
        return account.roles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }
}
