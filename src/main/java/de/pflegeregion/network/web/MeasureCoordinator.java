package de.pflegeregion.network.web;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.CurrentAccount;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;
import de.pflegeregion.site.NotFoundException;

/** The county a network coordinator works for, and the counties the public API names by their Kreis AGS. */
@Component
class MeasureCoordinator {

    private final CurrentAccount currentAccount;
    private final Tenants tenants;

    MeasureCoordinator(CurrentAccount currentAccount, Tenants tenants) {
        this.currentAccount = currentAccount;
        this.tenants = tenants;
    }

    Tenant of(Authentication authentication) {
        Account account = currentAccount.of(authentication);
        if (!account.has(Role.NETWORK_COORDINATOR) || account.tenantId() == null) {
            throw new AccessDeniedException("not a network coordinator: " + account.username());
        }
        return tenants.byId(account.tenantId()).orElseThrow();
    }

    /** The county with that Kreis AGS; 404 problem+json when there is none. */
    Tenant byAgs(String kreisAgs) {
        return find(kreisAgs).orElseThrow(() -> new NotFoundException("Einen Kreis mit dem Schlüssel „" + kreisAgs + "“ gibt es hier nicht."));
    }

    Optional<Tenant> find(String kreisAgs) {
        return tenants.all().stream().filter(t -> t.kreisAgs().equals(kreisAgs)).findFirst();
    }

    Optional<Tenant> byId(long id) {
        return tenants.byId(id);
    }

    java.util.List<Tenant> all() {
        return tenants.all();
    }
}
