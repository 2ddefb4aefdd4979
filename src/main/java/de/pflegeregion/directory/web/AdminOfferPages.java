package de.pflegeregion.directory.web;

import de.pflegeregion.platform.CurrentAccount;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferAccessDeniedException;
import de.pflegeregion.directory.OfferDraft;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.directory.OfferType;
import de.pflegeregion.directory.OfferValidationException;
import de.pflegeregion.directory.StaleOfferException;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** The county's register: overview, list with filter, create, edit, retire and restore offers. Only the admin's own county. */
@Controller
@RequestMapping("/verwaltung")
class AdminOfferPages {

    private final OfferRegistry registry;
    private final CurrentAccount currentAccount;
    private final OfferViews views;
    private final Tenants tenants;

    AdminOfferPages(OfferRegistry registry, CurrentAccount currentAccount, OfferViews views, Tenants tenants) {
        this.registry = registry;
        this.currentAccount = currentAccount;
        this.views = views;
        this.tenants = tenants;
    }

    @GetMapping
    String overview(Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        List<Offer> offers = registry.ofTenant(admin.tenantId(), false);
        model.addAttribute("account", admin);
        model.addAttribute("tenant", tenant(admin));
        model.addAttribute("offerCount", offers.size());
        model.addAttribute("withFreePlaces", offers.stream().filter(o -> !o.freePlaces().isEmpty()).count());
        return "selfservice/admin-overview";
    }

    @GetMapping("/angebote")
    String offers(@RequestParam(name = "suche", required = false) String text,
                  @RequestParam(name = "art", required = false) String type,
                  @RequestParam(name = "status", required = false, defaultValue = "aktiv") String status,
                  Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.GERMAN);
        List<Offer> offers = registry.ofTenant(admin.tenantId(), !status.equals("aktiv")).stream()
                .filter(o -> !status.equals("beendet") || o.retired())
                .filter(o -> type == null || type.isBlank() || o.types().contains(type))
                .filter(o -> needle.isEmpty() || (o.name() + " " + nullToEmpty(o.address().city()) + " " + nullToEmpty(o.address().postalCode()))
                        .toLowerCase(Locale.GERMAN).contains(needle))
                .sorted(Comparator.comparing(Offer::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        model.addAttribute("account", admin);
        model.addAttribute("offers", offers);
        model.addAttribute("types", views.typesOf(admin.tenantId()));
        model.addAttribute("suche", text);
        model.addAttribute("art", type);
        model.addAttribute("status", status);
        return "selfservice/admin-offers";
    }

    @GetMapping("/angebote/neu")
    String newOffer(Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        return offerPage(model, admin, null, OfferFormBinding.view(OfferForm.empty()), Map.of(), null);
    }

    @PostMapping("/angebote/neu")
    String createOffer(@Valid @ModelAttribute(OfferFormBinding.ATTRIBUTE) OfferForm entered, BindingResult binding,
                       Authentication authentication, Model model, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        OfferFormView form = OfferFormView.of(binding);
        Map<String, String> errors = OfferFormBinding.errors(binding);
        OfferDraft draft = entered.toDraft(null, true, countable(admin), errors);
        if (errors.isEmpty()) {
            try {
                Offer created = registry.create(admin.tenantId(), draft, admin);
                redirect.addFlashAttribute("saved", created.name());
                return "redirect:/verwaltung/angebote/" + created.id();
            } catch (OfferValidationException e) {
                errors.putAll(ProviderPages.errorMap(e.errors()));
            }
        }
        return offerPage(model, admin, null, form, errors, null);
    }

    @GetMapping("/angebote/{id}")
    String editOffer(@PathVariable long id, Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        Offer offer = ofCounty(admin, id);
        return offerPage(model, admin, offer, OfferFormBinding.view(OfferForm.of(offer)), Map.of(), null);
    }

    @PostMapping("/angebote/{id}")
    String saveOffer(@PathVariable long id, @Valid @ModelAttribute(OfferFormBinding.ATTRIBUTE) OfferForm entered,
                     BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        Offer offer = ofCounty(admin, id);
        OfferFormView form = OfferFormView.of(binding);
        Map<String, String> errors = OfferFormBinding.errors(binding);
        OfferDraft draft = entered.toDraft(offer, true, countable(admin), errors);
        if (errors.isEmpty()) {
            try {
                registry.update(id, entered.versionNumber(), draft, admin);
                redirect.addFlashAttribute("saved", draft.name());
                return "redirect:/verwaltung/angebote/" + id;
            } catch (StaleOfferException e) {
                Offer current = registry.find(id).orElseThrow();
                return offerPage(model, admin, current, form.withVersion(current.version()), Map.of(), current);
            } catch (OfferValidationException e) {
                errors.putAll(ProviderPages.errorMap(e.errors()));
            }
        }
        return offerPage(model, admin, offer, form, errors, null);
    }

    @GetMapping("/angebote/{id}/beenden")
    String confirmRetire(@PathVariable long id, Authentication authentication, Model model) {
        Account admin = currentAccount.of(authentication);
        model.addAttribute("account", admin);
        model.addAttribute("offer", ofCounty(admin, id));
        model.addAttribute("stale", false);
        return "selfservice/admin-retire";
    }

    @PostMapping("/angebote/{id}/beenden")
    String retire(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        Offer offer = ofCounty(admin, id);
        try {
            registry.retire(id, version == null ? -1 : version, admin);
            redirect.addFlashAttribute("retired", offer.name());
            return "redirect:/verwaltung/angebote";
        } catch (StaleOfferException e) {
            model.addAttribute("account", admin);
            model.addAttribute("offer", registry.find(id).orElseThrow());
            model.addAttribute("stale", true);
            return "selfservice/admin-retire";
        }
    }

    /** Back into search and export; from the list of retired offers, which shows the version it is based on. */
    @PostMapping("/angebote/{id}/wiederherstellen")
    String restore(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
                   Authentication authentication, RedirectAttributes redirect) {
        Account admin = currentAccount.of(authentication);
        Offer offer = ofCounty(admin, id);
        try {
            registry.restore(id, version == null ? -1 : version, admin);
            redirect.addFlashAttribute("restored", offer.name());
        } catch (StaleOfferException e) {
            redirect.addFlashAttribute("restoreStale", offer.name());
        }
        return "redirect:/verwaltung/angebote?status=beendet";
    }

    /** An offer of the admin's county; another county's offer is 403, an unknown id 404. */
    private Offer ofCounty(Account admin, long id) {
        Offer offer = registry.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (offer.tenantId() != admin.tenantId()) {
            throw new OfferAccessDeniedException(admin.username(), id);
        }
        return offer;
    }

    private Set<String> countable(Account admin) {
        return views.typesOf(admin.tenantId()).stream().filter(OfferType::hasPlaces).map(OfferType::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Tenant tenant(Account admin) {
        return tenants.byId(admin.tenantId()).orElseThrow();
    }

    private String offerPage(Model model, Account admin, Offer offer, OfferFormView form, Map<String, String> errors, Offer conflict) {
        Set<String> countable = countable(admin);
        model.addAttribute("account", admin);
        model.addAttribute("offer", offer);
        model.addAttribute("form", form);
        model.addAttribute("types", views.typesOf(admin.tenantId()));
        model.addAttribute("countable", countable);
        model.addAttribute("labels", views.typesOf(admin.tenantId()).stream()
                .collect(Collectors.toMap(OfferType::code, OfferType::label, (a, b) -> a)));
        model.addAttribute("availabilityRows", form.availabilityRowsWithBlanks(2));
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "selfservice/admin-offer";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
