package de.pflegeregion.platform;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;

/** The logged-in account, read fresh on every request so a disabled account loses access at once. */
@Component
public class CurrentAccount {

    private final Accounts accounts;

    CurrentAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public Account of(Authentication authentication) {
        return accounts.byUsername(authentication.getName())
                .filter(Account::enabled)
                .filter(account -> account.tenantId() != null)
                .orElseThrow(() -> new AccessDeniedException("account missing or disabled: " + authentication.getName()));
    }
}
