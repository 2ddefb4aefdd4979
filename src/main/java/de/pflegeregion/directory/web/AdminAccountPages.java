package de.pflegeregion.directory.web;

import de.pflegeregion.platform.CurrentAccount;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferAccessDeniedException;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.AccountData;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.IssuedToken;
import de.pflegeregion.platform.PasswordResets;
import de.pflegeregion.platform.PasswordRule;
import de.pflegeregion.platform.Role;

/**
 * Accounts of the admin's county: list, create with an initial password, assign offers, set a
 * password or hand out a one-time link to set one, disable and enable; export everything stored about an
 * account (Art. 15 DSGVO) and erase it (Art. 17), the audit trail keeping a pseudonym in its place.
 */
@Controller
@RequestMapping("/verwaltung/konten")
class AdminAccountPages {

    private final Accounts accounts;
    private final OfferRegistry registry;
    private final CurrentAccount currentAccount;
    private final PasswordResets passwordResets;
    private final AccountData accountData;
    private final JsonMapper json;

    AdminAccountPages(Accounts accounts, OfferRegistry registry, CurrentAccount currentAccount, PasswordResets passwordResets,
                      AccountData accountData, JsonMapper json) {
        this.accounts = accounts;
        this.registry = registry;
        this.currentAccount = currentAccount;
        this.passwordResets = passwordResets;
        this.accountData = accountData;
        this.json = json;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        List<Account> all = accounts.ofTenant(admin.tenantId());
        model.addAttribute("account", admin);
        model.addAttribute("accounts", all);
        model.addAttribute("offerCounts", registry.assignedOfferCounts(admin.tenantId()));
        return "selfservice/admin-accounts";
    }

    @GetMapping("/neu")
    String newAccount(Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        return newAccountPage(model, admin, Map.of("role", "PROVIDER"), Map.of());
    }

    @PostMapping("/neu")
    String create(@RequestParam Map<String, String> params, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        String username = params.getOrDefault("username", "").strip();
        String displayName = params.getOrDefault("displayName", "").strip();
        String password = params.getOrDefault("password", "");
        String role = params.getOrDefault("role", "");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Account.isValidUsername(username)) {
            errors.put("username", "Benutzername: 3 bis 100 Zeichen, nur Kleinbuchstaben ohne Umlaute, Ziffern, Punkt, Bindestrich und Unterstrich, z. B. tagespflege-wolnzach.");
        } else if (accounts.byUsername(username).isPresent()) {
            errors.put("username", "Benutzername: „" + username + "“ ist schon vergeben. Bitte wählen Sie einen anderen.");
        }
        if (displayName.isEmpty()) {
            errors.put("displayName", "Name: Bitte geben Sie an, wer das Konto nutzt, z. B. den Namen der Einrichtung.");
        } else if (displayName.length() > 200) {
            errors.put("displayName", "Name: höchstens 200 Zeichen.");
        }
        if (!Set.of("PROVIDER", "COUNTY_ADMIN").contains(role)) {
            errors.put("role", "Rolle: Bitte wählen Sie, ob das Konto einem Anbieter oder der Verwaltung gehört.");
        }
        PasswordRule.problem("Erstes Passwort", password).ifPresent(problem -> errors.put("password", problem));
        if (!errors.isEmpty()) {
            Map<String, String> values = new LinkedHashMap<>(params);
            values.remove("password");
            return newAccountPage(model, admin, values, errors);
        }
        Account created = accounts.create(username, password, Role.valueOf(role), admin.tenantId(), displayName, admin.username());
        redirect.addFlashAttribute("created", created.username());
        return "redirect:/verwaltung/konten/" + created.id();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        return detailPage(model, admin, ofCounty(admin, id), Map.of());
    }

    @PostMapping("/{id}/angebote")
    String assign(@PathVariable long id, @RequestParam(name = "offerId", required = false) Long offerId,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        Account provider = ofCounty(admin, id);
        if (offerId == null) {
            return detailPage(model, admin, provider, Map.of("offerId", "Angebot: Bitte wählen Sie ein Angebot aus der Liste."));
        }
        if (!provider.has(Role.PROVIDER)) {
            return detailPage(model, admin, provider, Map.of("offerId", "Angebot: Nur Anbieterkonten bekommen Angebote zugeordnet."));
        }
        registry.assignToProvider(offerId, provider, admin);
        redirect.addFlashAttribute("assignedOffer", registry.find(offerId).map(Offer::name).orElse(""));
        return "redirect:/verwaltung/konten/" + id;
    }

    @PostMapping("/{id}/angebote/entfernen")
    String unassign(@PathVariable long id, @RequestParam(name = "offerId", required = false) Long offerId,
                    Authentication authentication, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        Account provider = ofCounty(admin, id);
        if (offerId != null) {
            registry.unassignFromProvider(offerId, provider, admin);
            redirect.addFlashAttribute("changed", "Das Konto pflegt „" + registry.find(offerId).map(Offer::name).orElse("") + "“ nicht mehr.");
        }
        return "redirect:/verwaltung/konten/" + id;
    }

    @PostMapping("/{id}/passwort")
    String setPassword(@PathVariable long id, @RequestParam(name = "password", required = false) String password,
                       Authentication authentication, Model model, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        Account target = ofCounty(admin, id);
        Optional<String> problem = PasswordRule.problem("Neues Passwort", password);
        if (problem.isPresent()) {
            return detailPage(model, admin, target, Map.of("password", problem.get()));
        }
        accounts.setPassword(id, password, admin.username());
        redirect.addFlashAttribute("changed", "Das neue Passwort gilt ab sofort. Geben Sie es der Person auf sicherem Weg weiter.");
        return "redirect:/verwaltung/konten/" + id;
    }

    @PostMapping("/{id}/sperren")
    String disable(@PathVariable long id, Authentication authentication, Model model, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        Account target = ofCounty(admin, id);
        if (target.id() == admin.id()) {
            return detailPage(model, admin, target, Map.of("sperren", "Sie können Ihr eigenes Konto nicht sperren."));
        }
        accounts.setEnabled(id, false, admin.username());
        redirect.addFlashAttribute("changed", "Das Konto ist gesperrt. Eine Anmeldung ist nicht mehr möglich.");
        return "redirect:/verwaltung/konten/" + id;
    }

    @PostMapping("/{id}/entsperren")
    String enable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        ofCounty(admin, id);
        accounts.setEnabled(id, true, admin.username());
        redirect.addFlashAttribute("changed", "Das Konto ist wieder freigeschaltet.");
        return "redirect:/verwaltung/konten/" + id;
    }

    /**
     * A one-time link for the person to set a new password; shown here once, not kept in the session
     * and not mailed. The admin hands it over (e.g. read out on the phone).
     */
    @PostMapping("/{id}/passwort-link")
    String passwordResetLink(@PathVariable long id, Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        Account target = ofCounty(admin, id);
        IssuedToken link = passwordResets.issue(target, admin);
        model.addAttribute("resetLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/passwort-setzen/{token}").buildAndExpand(link.token()).toUriString());
        model.addAttribute("resetExpiresAt", link.expiresAt());
        return detailPage(model, admin, target, Map.of());
    }

    /** Art. 15 DSGVO: everything stored about the account, with the offers it keeps, as a JSON download. */
    @GetMapping("/{id}/daten.json")
    ResponseEntity<byte[]> export(@PathVariable long id, Authentication authentication) {
        Account admin = currentAccount.of(authentication);
        Account target = ofCounty(admin, id);
        Map<String, Object> data = new LinkedHashMap<>(accountData.export(id));
        data.put("offers", (target.has(Role.PROVIDER) ? registry.offersOf(target) : List.<Offer>of()).stream()
                .map(offer -> Map.of("id", offer.id(), "name", offer.name())).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("konto-" + target.username() + "-daten.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
    }

    @GetMapping("/{id}/loeschen")
    String confirmErase(@PathVariable long id, Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        Account target = ofCounty(admin, id);
        model.addAttribute("account", admin);
        model.addAttribute("target", target);
        model.addAttribute("errors", target.id() == admin.id()
                ? Map.of("loeschen", "Sie können Ihr eigenes Konto nicht löschen.") : Map.of());
        return "selfservice/admin-account-erase";
    }

    /** Art. 17 DSGVO: the account and its data go; the audit trail stays with a pseudonym for the name. */
    @PostMapping("/{id}/loeschen")
    String erase(@PathVariable long id, @RequestParam(name = "bestaetigung", required = false) String confirmation,
                 Authentication authentication, Model model, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        Account target = ofCounty(admin, id);
        String error = target.id() == admin.id() ? "Sie können Ihr eigenes Konto nicht löschen."
                : !target.username().equals(confirmation == null ? null : confirmation.strip())
                ? "Bestätigung: Bitte geben Sie zur Bestätigung den Benutzernamen „" + target.username() + "“ ein." : null;
        if (error != null) {
            model.addAttribute("account", admin);
            model.addAttribute("target", target);
            model.addAttribute("errors", Map.of("bestaetigung", error));
            model.addAttribute("entered", confirmation);
            return "selfservice/admin-account-erase";
        }
        if (target.has(Role.PROVIDER)) {
            for (Offer offer : registry.offersOf(target)) {
                registry.unassignFromProvider(offer.id(), target, admin);
            }
        }
        String pseudonym = accountData.erase(id, admin);
        redirect.addFlashAttribute("erased", "Das Konto „" + target.username() + "“ ist gelöscht. Im Protokoll steht an seiner Stelle „"
                + pseudonym + "“.");
        return "redirect:/verwaltung/konten";
    }

    /** An account of the admin's county; another county's account is 403, an unknown id 404. */
    private Account ofCounty(Account admin, long id) {
        Account account = accounts.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (account.tenantId() == null || !account.tenantId().equals(admin.tenantId())) {
            throw new OfferAccessDeniedException(admin.username(), 0);
        }
        return account;
    }

    private String newAccountPage(Model model, Account admin, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("account", admin);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("minPasswordLength", PasswordRule.MIN_LENGTH);
        return "selfservice/admin-account-new";
    }

    private String detailPage(Model model, Account admin, Account target, Map<String, String> errors) {
        List<Offer> assigned = target.has(Role.PROVIDER) ? registry.offersOf(target) : List.of();
        Set<Long> assignedIds = assigned.stream().map(Offer::id).collect(Collectors.toSet());
        model.addAttribute("account", admin);
        model.addAttribute("target", target);
        model.addAttribute("assigned", assigned);
        model.addAttribute("assignable", registry.ofTenant(admin.tenantId(), false).stream()
                .filter(o -> !assignedIds.contains(o.id()))
                .sorted(Comparator.comparing(Offer::name, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("errors", errors);
        return "selfservice/admin-account";
    }
}
