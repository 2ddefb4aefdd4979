package de.pflegeregion.directory.web;

import de.pflegeregion.platform.CurrentAccount;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.pflegeregion.directory.FieldError;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferAccessDeniedException;
import de.pflegeregion.directory.OfferDraft;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.directory.OfferValidationException;
import de.pflegeregion.directory.StaleOfferException;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Tenants;

/**
 * Provider self-service: (1) the list of the account's own offers, (2) one form with a number per
 * counted type, (3) "Melden" — back on the list with the confirmation. Plus editing the own entry.
 * Every offer is checked against the account's assignments on every request, whatever the URL says.
 */
@Controller
@RequestMapping("/anbieter")
class ProviderPages {

    private final OfferRegistry registry;
    private final CurrentAccount currentAccount;
    private final OfferViews views;
    private final Tenants tenants;

    ProviderPages(OfferRegistry registry, CurrentAccount currentAccount, OfferViews views, Tenants tenants) {
        this.registry = registry;
        this.currentAccount = currentAccount;
        this.views = views;
        this.tenants = tenants;
    }

    @GetMapping
    String offers(Authentication authentication, Model model) {
        Account account = currentAccount.of(authentication);
        List<Offer> offers = registry.offersOf(account).stream().filter(o -> !o.retired()).toList();
        model.addAttribute("account", account);
        model.addAttribute("offers", offers);
        model.addAttribute("placeLines", offers.stream().collect(Collectors.toMap(Offer::id, views::placeLines)));
        return "selfservice/provider-offers";
    }

    @GetMapping("/angebote/{id}/freie-plaetze")
    String freePlacesForm(@PathVariable long id, Authentication authentication, Model model) {
        Account account = currentAccount.of(authentication);
        Offer offer = own(account, id);
        Map<String, String> values = new LinkedHashMap<>();
        offer.freePlaces().forEach((type, free) -> values.put(type, String.valueOf(free.count())));
        return freePlacesPage(model, account, offer, values, offer.version(), Map.of(), null);
    }

    @PostMapping("/angebote/{id}/freie-plaetze")
    String reportFreePlaces(@PathVariable long id, @ModelAttribute(FreePlacesForm.ATTRIBUTE) FreePlacesForm entered,
                            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        Account account = currentAccount.of(authentication);
        Offer offer = own(account, id);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> report = new LinkedHashMap<>();
        Set<String> countable = views.countableTypes(offer.tenantId(), offer.types());
        for (String type : countable) {
            String field = "freePlaces[" + type + "]";
            Object value = binding.getFieldValue(field);
            values.put(type, value == null ? null : value.toString());
            if (binding.hasFieldErrors(field)) {
                errors.put("freePlaces." + type, views.label(type) + ": Bitte geben Sie eine ganze Zahl ab 0 an, z. B. 2. Wenn kein Platz frei ist: 0.");
            } else if (entered.freePlaces.get(type) != null) {
                report.put(type, entered.freePlaces.get(type));
            }
        }
        if (errors.isEmpty() && report.isEmpty()) {
            String first = countable.stream().findFirst().orElse("");
            errors.put("freePlaces." + first, "Bitte tragen Sie die Zahl der freien Plätze ein. Wenn kein Platz frei ist: 0.");
        }
        long version = binding.hasFieldErrors("version") ? -1 : entered.versionNumber();
        if (!errors.isEmpty()) {
            return freePlacesPage(model, account, offer, values, version, errors, null);
        }
        try {
            Offer saved = registry.reportFreePlaces(id, version, report, account);
            redirect.addFlashAttribute("reported", saved.id());
            return "redirect:/anbieter";
        } catch (StaleOfferException e) {
            Offer current = registry.find(id).orElseThrow();
            return freePlacesPage(model, account, current, values, current.version(), Map.of(), current);
        } catch (OfferValidationException e) {
            return freePlacesPage(model, account, offer, values, version, errorMap(e.errors()), null);
        }
    }

    @GetMapping("/angebote/{id}")
    String entryForm(@PathVariable long id, Authentication authentication, Model model) {
        Account account = currentAccount.of(authentication);
        Offer offer = own(account, id);
        return entryPage(model, account, offer, OfferFormBinding.view(OfferForm.of(offer)), Map.of(), null);
    }

    @PostMapping("/angebote/{id}")
    String saveEntry(@PathVariable long id, @Valid @ModelAttribute(OfferFormBinding.ATTRIBUTE) OfferForm entered,
                     BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        Account account = currentAccount.of(authentication);
        Offer offer = own(account, id);
        OfferFormView form = OfferFormView.of(binding);
        Map<String, String> errors = OfferFormBinding.errors(binding);
        Set<String> countable = views.countableTypes(offer.tenantId(), offer.types());
        OfferDraft draft = entered.toDraft(offer, false, countable, errors);
        if (!errors.isEmpty()) {
            return entryPage(model, account, offer, form, errors, null);
        }
        try {
            registry.update(id, entered.versionNumber(), draft, account);
            redirect.addFlashAttribute("saved", id);
            return "redirect:/anbieter";
        } catch (StaleOfferException e) {
            Offer current = registry.find(id).orElseThrow();
            return entryPage(model, account, current, form.withVersion(current.version()), Map.of(), current);
        } catch (OfferValidationException e) {
            return entryPage(model, account, offer, form, errorMap(e.errors()), null);
        }
    }

    /** The offer if this provider account may edit it and it is still listed; otherwise 403, whatever the URL or form says. */
    private Offer own(Account account, long offerId) {
        return registry.find(offerId)
                .filter(offer -> !offer.retired() && registry.mayEdit(account, offer))
                .orElseThrow(() -> new OfferAccessDeniedException(account.username(), offerId));
    }

    private String freePlacesPage(Model model, Account account, Offer offer, Map<String, String> values, long version,
                                  Map<String, String> errors, Offer conflict) {
        model.addAttribute("account", account);
        model.addAttribute("offer", offer);
        model.addAttribute("lines", views.placeLines(offer));
        model.addAttribute("values", values);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("maxAgeDays", tenants.byId(offer.tenantId()).orElseThrow().freePlacesMaxAgeDays());
        return "selfservice/provider-free-places";
    }

    private String entryPage(Model model, Account account, Offer offer, OfferFormView form, Map<String, String> errors, Offer conflict) {
        Set<String> countable = views.countableTypes(offer.tenantId(), offer.types());
        model.addAttribute("account", account);
        model.addAttribute("offer", offer);
        model.addAttribute("form", form);
        model.addAttribute("availabilityRows", form.availabilityRowsWithBlanks(2));
        model.addAttribute("countable", countable);
        model.addAttribute("labels", countable.stream().collect(Collectors.toMap(t -> t, views::label)));
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "selfservice/provider-entry";
    }

    static Map<String, String> errorMap(List<FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        errors.forEach(e -> map.merge(e.field(), e.message(), (a, b) -> a + " " + b));
        return map;
    }
}
