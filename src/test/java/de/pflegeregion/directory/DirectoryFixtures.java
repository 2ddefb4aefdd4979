package de.pflegeregion.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** Test data through the public API: each test gets its own county, so tests never see each other's offers. */
public final class DirectoryFixtures {

    public static final String PASSWORD = "Test-Passwort-123";

    private final Tenants tenants;
    private final Accounts accounts;
    private final OfferRegistry registry;

    public DirectoryFixtures(Tenants tenants, Accounts accounts, OfferRegistry registry) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.registry = registry;
    }

    /** A fresh county with Kreis AGS 09186 (Pfaffenhofen a.d.Ilm) and its admin account. */
    public Tenant county() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return tenants.create("test-" + suffix, "Testkreis " + suffix, "09186");
    }

    public Account admin(Tenant tenant) {
        return accounts.create("admin-" + tenant.slug(), PASSWORD, Role.COUNTY_ADMIN, tenant.id(), "Admin", "test");
    }

    public Account provider(Tenant tenant, String name) {
        return accounts.create(name + "-" + tenant.slug(), PASSWORD, Role.PROVIDER, tenant.id(), name, "test");
    }

    public Offer offer(Tenant tenant, Account admin, String name, String postalCode, String city, List<String> types,
                       Map<String, Integer> capacity) {
        return registry.create(tenant.id(), draft(name, postalCode, city, types, capacity), admin);
    }

    public static OfferDraft draft(String name, String postalCode, String city, List<String> types, Map<String, Integer> capacity) {
        return new OfferDraft(name, types, "Hauptstraße 1", postalCode, city, null, null, "08441 1234", null, null, null,
                List.of(), List.of(), null, "Test", null, null, capacity, List.of());
    }
}
