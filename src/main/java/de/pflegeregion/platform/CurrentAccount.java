package de.pflegeregion.platform;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.stereotype.Component;

import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;

/**
 * The logged-in account, read fresh on every request so a disabled account loses access at once. For a bearer
 * token that read is the introspection of this very request (tokens are checked on every request, never kept).
 */
@Component
public class CurrentAccount {

    private final Accounts accounts;

    CurrentAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public Account of(Authentication authentication) {
        return readWithToken(authentication).or(() -> accounts.byUsername(authentication.getName()))
                .filter(Account::enabled)
                .filter(account -> account.tenantId() != null)
                .orElseThrow(() -> new AccessDeniedException("account missing or disabled: " + authentication.getName()));
    }

    private static Optional<Account> readWithToken(Authentication authentication) {
        return authentication instanceof BearerTokenAuthentication bearer
                && bearer.getTokenAttributes().get(ApiTokenIntrospector.ACCOUNT) instanceof Account account
                ? Optional.of(account) : Optional.empty();
    }
}
