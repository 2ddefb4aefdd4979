package de.pflegeregion.directory.web;

import de.pflegeregion.platform.CurrentAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import de.pflegeregion.directory.ImportReport;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferExport;
import de.pflegeregion.directory.OfferImport;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.AuditEntry;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The county's data in and out: CSV import (all or nothing), CSV and GeoJSON export, and the audit log. */
@Controller
@RequestMapping("/verwaltung")
class AdminDataPages {

    private static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;
    private static final String TOO_LARGE = "Datei: Die Datei ist größer als 5 MB. Bitte teilen Sie sie auf.";
    private static final int AUDIT_ENTRIES = 200;
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("offer.created", "Angebot angelegt"),
            Map.entry("offer.updated", "Angebot geändert"),
            Map.entry("offer.retired", "Angebot beendet"),
            Map.entry("offer.restored", "Angebot wiederhergestellt"),
            Map.entry("offer.free-places-reported", "Freie Plätze gemeldet"),
            Map.entry("offer.assigned", "Anbieterkonto zugeordnet"),
            Map.entry("offer.unassigned", "Anbieterkonto entfernt"),
            Map.entry("account.created", "Konto angelegt"),
            Map.entry("account.disabled", "Konto gesperrt"),
            Map.entry("account.enabled", "Konto freigeschaltet"),
            Map.entry("account.password-set", "Neues Passwort vergeben"),
            Map.entry("account.password-changed", "Eigenes Passwort geändert"),
            Map.entry("account.password-reset-issued", "Link zum Zurücksetzen des Passworts erstellt"),
            Map.entry("account.password-reset", "Passwort über Link neu gesetzt"),
            Map.entry("account.token-created", "API-Token erstellt"),
            Map.entry("account.token-revoked", "API-Token widerrufen"));

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("name", "Name"), Map.entry("types", "Angebotsarten"), Map.entry("address", "Anschrift"),
            Map.entry("phone", "Telefon"), Map.entry("email", "E-Mail"), Map.entry("website", "Webseite"),
            Map.entry("openingHours", "Öffnungszeiten"), Map.entry("languages", "Sprachen"),
            Map.entry("specialisations", "Schwerpunkte"), Map.entry("notes", "Hinweise"), Map.entry("source", "Quelle"),
            Map.entry("lastVerified", "Zuletzt geprüft"), Map.entry("retired", "Beendet"), Map.entry("capacity", "Plätze"),
            Map.entry("freePlaces", "Freie Plätze"), Map.entry("availability", "Voraussichtlich frei"),
            Map.entry("lat", "Breite"), Map.entry("lon", "Länge"));

    /** One audit entry as shown: what changed, in a line each. */
    record AuditLine(AuditEntry entry, String action, String offerName, List<String> changes) {
    }

    private final OfferImport offerImport;
    private final OfferExport offerExport;
    private final OfferRegistry registry;
    private final AuditLog auditLog;
    private final Tenants tenants;
    private final CurrentAccount currentAccount;
    private final ObjectMapper json;
    private final Clock clock;

    AdminDataPages(OfferImport offerImport, OfferExport offerExport, OfferRegistry registry, AuditLog auditLog,
                   Tenants tenants, CurrentAccount currentAccount, ObjectMapper json, Clock clock) {
        this.offerImport = offerImport;
        this.offerExport = offerExport;
        this.registry = registry;
        this.auditLog = auditLog;
        this.tenants = tenants;
        this.currentAccount = currentAccount;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/import")
    String importForm(Authentication authentication, Model model) {
        model.addAttribute("account", currentAccount.of(authentication));
        model.addAttribute("columns", String.join(";", OfferImport.COLUMNS));
        model.addAttribute("errors", Map.of());
        return "selfservice/admin-import";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(name = "datei", required = false) MultipartFile file,
                     @RequestParam(name = "quelle", required = false) String source,
                     Authentication authentication, Model model) throws IOException {
        Account admin = currentAccount.of(authentication);
        model.addAttribute("account", admin);
        model.addAttribute("columns", String.join(";", OfferImport.COLUMNS));
        model.addAttribute("quelle", source);
        Map<String, String> errors = new LinkedHashMap<>();
        if (file == null || file.isEmpty()) {
            errors.put("datei", "Datei: Bitte wählen Sie eine CSV-Datei aus.");
        } else if (file.getSize() > MAX_IMPORT_BYTES) {
            errors.put("datei", TOO_LARGE);
        }
        if (source == null || source.isBlank()) {
            errors.put("quelle", "Quelle: Bitte geben Sie an, woher die Angaben stammen, z. B. „Pflegebroschüre 2026“.");
        }
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            return "selfservice/admin-import";
        }
        ImportReport report = offerImport.importCsv(admin.tenantId(), file.getBytes(), source.strip(), admin);
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return "selfservice/admin-import";
    }

    @GetMapping("/export")
    String exportPage(Authentication authentication, Model model) {
        model.addAttribute("account", currentAccount.of(authentication));
        return "selfservice/admin-export";
    }

    @GetMapping("/export/angebote.csv")
    ResponseEntity<byte[]> exportCsv(Authentication authentication) {
        Account admin = currentAccount.of(authentication);
        return download(offerExport.csv(admin.tenantId()), new MediaType("text", "csv", StandardCharsets.UTF_8), admin, "csv");
    }

    @GetMapping("/export/angebote.geojson")
    ResponseEntity<byte[]> exportGeoJson(Authentication authentication) {
        Account admin = currentAccount.of(authentication);
        return download(offerExport.geoJson(admin.tenantId()), MediaType.parseMediaType("application/geo+json"), admin, "geojson");
    }

    @GetMapping("/protokoll")
    String auditLog(@RequestParam(name = "angebot", required = false) String offer, Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        Map<Long, Offer> offers = registry.ofTenant(admin.tenantId(), true).stream()
                .collect(Collectors.toMap(Offer::id, Function.identity()));
        Long offerId = parseId(offer);
        String error = offer != null && !offer.isBlank() && (offerId == null || !offers.containsKey(offerId))
                ? "Angebot: Ein Angebot mit der Nummer „" + offer.strip() + "“ gibt es in Ihrem Landkreis nicht." : null;
        List<AuditEntry> entries = offerId != null && error == null
                ? auditLog.latest(admin.tenantId(), "offer", String.valueOf(offerId), AUDIT_ENTRIES)
                : auditLog.latest(admin.tenantId(), null, null, AUDIT_ENTRIES);
        model.addAttribute("account", admin);
        model.addAttribute("angebot", offer);
        model.addAttribute("filtered", offerId != null && error == null ? offers.get(offerId) : null);
        model.addAttribute("errors", error == null ? Map.of() : Map.of("angebot", error));
        model.addAttribute("lines", entries.stream().map(e -> line(e, offers)).toList());
        return "selfservice/admin-audit";
    }

    private AuditLine line(AuditEntry e, Map<Long, Offer> offers) {
        Offer offer = "offer".equals(e.subjectType()) ? offers.get(parseId(e.subjectId())) : null;
        return new AuditLine(e, ACTIONS.getOrDefault(e.action(), e.action()), offer == null ? null : offer.name(),
                changes(e.beforeState(), e.afterState()));
    }

    /** Top-level fields whose value differs between before and after, as "Telefon: 08442 1234". */
    private List<String> changes(String before, String after) {
        if (before == null || after == null) {
            return List.of();
        }
        JsonNode a = json.readTree(after);
        JsonNode b = json.readTree(before);
        List<String> lines = new ArrayList<>();
        for (String field : a.propertyNames()) {
            JsonNode now = a.get(field);
            if (FIELD_LABELS.containsKey(field) && !Objects.equals(b.get(field), now)) {
                String value = readable(now);
                lines.add(FIELD_LABELS.get(field) + ": " + (value.length() > 200 ? value.substring(0, 200) + " …" : value));
            }
        }
        return lines;
    }

    /** Lists joined, per-type maps as "tagespflege 2", free places as their count. */
    private static String readable(JsonNode node) {
        if (node == null || node.isNull()) {
            return "–";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isObject()
                    ? item.path("type").asString() + " " + item.path("from").asString() + " bis " + item.path("until").asString() + ": " + item.path("places").asInt()
                    : readable(item)));
            return items.isEmpty() ? "–" : String.join(", ", items);
        }
        if (node.isObject()) {
            List<String> items = new ArrayList<>();
            for (String key : node.propertyNames()) {
                JsonNode value = node.get(key);
                items.add(key + " " + (value.isObject() ? value.path("count").asInt() : readable(value)));
            }
            return items.isEmpty() ? "–" : String.join(", ", items);
        }
        return node.isString() ? node.asString() : node.toString();
    }

    private ResponseEntity<byte[]> download(String body, MediaType type, Account admin, String extension) {
        String slug = tenants.byId(admin.tenantId()).orElseThrow().slug();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("angebote-" + slug + "-" + LocalDate.now(clock) + "." + extension).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Long parseId(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }
}
