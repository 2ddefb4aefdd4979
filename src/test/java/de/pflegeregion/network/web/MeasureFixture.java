package de.pflegeregion.network.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.pflegeregion.planning.PlanningGaps;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * A fresh county with its own Kreis AGS (so the public API finds exactly it), a coordinator, every other role,
 * and another county's coordinator.
 */
final class MeasureFixture {

    static final String PASSWORD = "Sicheres-Test-Passwort-1";

    final Tenant county;
    final Tenant other;
    final Account coordinator;
    final Account provider;
    final Account planner;
    final Account admin;
    final Account member;
    final Account otherCoordinator;

    MeasureFixture(Tenants tenants, Accounts accounts) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        county = tenants.create("mass-" + suffix, "Landkreis Maßnahmen " + suffix, freeAgs(tenants));
        other = tenants.create("mass-andere-" + suffix, "Landkreis Andere " + suffix, freeAgs(tenants));
        coordinator = accounts.create("netz-" + suffix, PASSWORD, Role.NETWORK_COORDINATOR, county.id(), "Netzwerkkoordination", "test");
        provider = accounts.create("manbieter-" + suffix, PASSWORD, Role.PROVIDER, county.id(), "Anbieter", "test");
        planner = accounts.create("mplaner-" + suffix, PASSWORD, Role.PLANNER, county.id(), "Planung", "test");
        admin = accounts.create("madmin-" + suffix, PASSWORD, Role.COUNTY_ADMIN, county.id(), "Verwaltung", "test");
        member = accounts.create("mmitglied-" + suffix, PASSWORD, Role.MEMBER, county.id(), "Mitglied", "test");
        otherCoordinator = accounts.create("netz-andere-" + suffix, PASSWORD, Role.NETWORK_COORDINATOR, other.id(), "Andere Koordination", "test");
    }

    /** A five-digit Kreis AGS no other county in the test database has (the 9xx range is not used by real Länder). */
    static String freeAgs(Tenants tenants) {
        Random random = new Random();
        while (true) {
            String ags = "9" + (1000 + random.nextInt(9000));
            if (tenants.all().stream().noneMatch(t -> t.kreisAgs().equals(ags))) {
                return ags;
            }
        }
    }

    static RequestPostProcessor as(Account account) {
        return user(account.username()).roles(account.roles().stream().map(Role::name).toArray(String[]::new));
    }

    /**
     * Fixed planning gaps, in place of the real forecast (PlanningGapsIT tests that one): a Tagespflege shortage
     * of 6.5 places in the Planungsraum "Nord" and two Gemeinden, for any county.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class GapPlanning {

        @Bean
        @Primary
        PlanningGaps planningGaps(Tenants tenants) {
            return new PlanningGaps() {
                @Override
                public Optional<Gap> current(long countyId, String offerType, String area) {
                    return shortages(countyId).stream().filter(g -> g.offerType().equals(offerType) && g.area().equals(area)).findFirst();
                }

                @Override
                public List<Gap> shortages(long countyId) {
                    return List.of(new Gap("tagespflege", "Nord", "Nord", 2026, 20.0, 13.5, 6.5));
                }

                @Override
                public Map<String, String> gemeinden(long countyId) {
                    String ags = tenants.byId(countyId).orElseThrow().kreisAgs();
                    return Map.of(ags + "001", "Nordheim", ags + "002", "Südstadt");
                }
            };
        }
    }
}
