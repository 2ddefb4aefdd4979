package de.pflegeregion.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.directory.ImportReport;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferImport;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.directory.OfferTypes;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * Demo counties built at start when {@code pflegeregion.demo-data=true} (profile "demo"), once:
 * a county that exists already is left alone. Accounts and passwords are listed in docs/directory.md.
 */
@Component
public class DemoData {

    public static final String PFAFFENHOFEN_SLUG = "landkreis-pfaffenhofen";
    public static final String KIEL_SLUG = "kiel";
    /** Demo only; documented so testers can log in. */
    public static final String DEMO_PASSWORD = "Pflegeregion-Demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Types the brochures use beyond the standard list: each county's own additions. */
    private static final Map<String, String> PFAFFENHOFEN_TYPES = Map.of(
            "angehoerigenentlastung", "Entlastung pflegender Angehöriger",
            "angehoerigenschulung", "Schulung für pflegende Angehörige",
            "klinik_sozialdienst", "Sozialdienst im Krankenhaus",
            "teilhabe", "Teilhabeberatung",
            "sozialrecht", "Sozialrechtsberatung",
            "behinderung", "Für Menschen mit Behinderung");
    private static final Map<String, String> KIEL_TYPES = Map.of(
            "verbraucherschutz", "Verbraucherschutz",
            "wohngruppen", "Beratung zu Wohngruppen",
            "krisentelefon", "Krisentelefon",
            "beschwerde", "Beschwerdestelle");

    private final Tenants tenants;
    private final Accounts accounts;
    private final OfferTypes offerTypes;
    private final OfferImport offerImport;
    private final OfferRegistry registry;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoData(Tenants tenants, Accounts accounts, OfferTypes offerTypes, OfferImport offerImport, OfferRegistry registry,
             TransactionTemplate transaction,
             @org.springframework.beans.factory.annotation.Value("${pflegeregion.demo-data:false}") boolean enabled) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.offerTypes = offerTypes;
        this.offerImport = offerImport;
        this.registry = registry;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        if (enabled) {
            ensureDemoCounties();
        }
    }

    /** Builds the two demo counties unless they exist; safe to call repeatedly. */
    public void ensureDemoCounties() {
        transaction.executeWithoutResult(status -> {
            if (tenants.bySlug(PFAFFENHOFEN_SLUG).isEmpty()) {
                Tenant paf = tenants.create(PFAFFENHOFEN_SLUG, "Landkreis Pfaffenhofen a.d.Ilm", "09186");
                load(paf, PFAFFENHOFEN_TYPES, "demo/pfaffenhofen_offers.csv",
                        "Pflege zu Hause, Landkreis Pfaffenhofen a.d.Ilm (3. Aufl. 2023)");
                accounts.create("admin-paf", DEMO_PASSWORD, Role.COUNTY_ADMIN, paf.id(), "Landratsamt Pfaffenhofen (Demo)", "demo-daten");
                Account provider = accounts.create("tagespflege-wolnzach", DEMO_PASSWORD, Role.PROVIDER, paf.id(),
                        "Haus der Generationen Wolnzach (Demo)", "demo-daten");
                registry.ofTenant(paf.id(), false).stream()
                        .filter(o -> o.address().city() != null && o.address().city().equals("Wolnzach"))
                        .filter(o -> o.capacity().containsKey("tagespflege"))
                        .map(Offer::id)
                        .forEach(id -> registry.assignToProvider(id, provider, system(paf)));
            }
            if (tenants.bySlug(KIEL_SLUG).isEmpty()) {
                Tenant kiel = tenants.create(KIEL_SLUG, "Landeshauptstadt Kiel", "01002");
                load(kiel, KIEL_TYPES, "demo/kiel_contacts.csv", "Gut gepflegt im eigenen Zuhause, Landeshauptstadt Kiel");
                accounts.create("admin-kiel", DEMO_PASSWORD, Role.COUNTY_ADMIN, kiel.id(), "Landeshauptstadt Kiel (Demo)", "demo-daten");
            }
        });
    }

    private void load(Tenant tenant, Map<String, String> ownTypes, String resource, String publication) {
        ownTypes.forEach((code, label) -> offerTypes.addCountyType(tenant.id(), code, label, false));
        ImportReport report = offerImport.importCsv(tenant.id(), read(resource), publication, system(tenant));
        if (!report.successful()) {
            throw new IllegalStateException("demo data " + resource + " does not import: " + report.problems());
        }
        log.info("Demo county {}: {} offers", tenant.name(), report.imported());
    }

    private static Account system(Tenant tenant) {
        return new Account(0, "demo-daten", java.util.Set.of(Role.COUNTY_ADMIN), tenant.id(), "Demo-Daten", true);
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
