package de.pflegeregion.network.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import de.pflegeregion.network.Person;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.CurrentAccount;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** Who is asking: the coordinator's county, or the network person linked to a member's account. */
@Component
class NetworkAccess {

    private final CurrentAccount currentAccount;
    private final Tenants tenants;
    private final NetworkStore store;

    NetworkAccess(CurrentAccount currentAccount, Tenants tenants, NetworkStore store) {
        this.currentAccount = currentAccount;
        this.tenants = tenants;
        this.store = store;
    }

    /** The coordinator's county; anyone else is refused. */
    Tenant coordinator(Authentication authentication) {
        Account account = currentAccount.of(authentication);
        if (!account.has(Role.NETWORK_COORDINATOR)) {
            throw new AccessDeniedException("not a network coordinator: " + account.username());
        }
        return tenants.byId(account.tenantId()).orElseThrow();
    }

    boolean isCoordinator(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.NETWORK_COORDINATOR.authority()));
    }

    /** The county of a logged-in coordinator or member, or null for anyone else. */
    Tenant countyOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return null;
        }
        try {
            Account account = currentAccount.of(authentication);
            return account.has(Role.NETWORK_COORDINATOR) || account.has(Role.MEMBER) ? tenants.byId(account.tenantId()).orElse(null) : null;
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    /** The network person of a member's account, or null when the account is not linked to one. */
    Person person(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        try {
            Account account = currentAccount.of(authentication);
            return store.personOfAccount(account.id()).filter(p -> p.tenantId() == account.tenantId()).orElse(null);
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
