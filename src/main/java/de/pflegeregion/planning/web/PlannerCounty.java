package de.pflegeregion.planning.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.CurrentAccount;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** The county a planner (or county admin) works for; any other county's data is not found. */
@Component
class PlannerCounty {

    private final CurrentAccount currentAccount;
    private final Tenants tenants;

    PlannerCounty(CurrentAccount currentAccount, Tenants tenants) {
        this.currentAccount = currentAccount;
        this.tenants = tenants;
    }

    Tenant of(Authentication authentication) {
        Account account = currentAccount.of(authentication);
        if (!account.has(Role.PLANNER) && !account.has(Role.COUNTY_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("not a planner: " + account.username());
        }
        // planning reads only the county's id, key and name, which never change: the kept list serves every request
        return tenants.cachedById(account.tenantId()).orElseThrow();
    }

    /** The planner's county if it is the one asked for; otherwise 404. */
    Tenant of(Authentication authentication, String kreisAgs) {
        Tenant county = of(authentication);
        if (!county.kreisAgs().equals(kreisAgs)) {
            throw PlanningProblems.notFound(kreisAgs);
        }
        return county;
    }
}
