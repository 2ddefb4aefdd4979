package de.pflegeregion.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.ApplicationEventPublisher;

import de.pflegeregion.network.NewsSource;
import de.pflegeregion.network.OutgoingMail;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * The Rundbrief: the coordinator picks items from every {@link NewsSource} (decisions, dates, measure progress)
 * and adds free text; it goes to each person who consented to mail, each with their own unsubscribe link, and
 * stays in the public archive.
 */
@Controller
class NewsletterPages {

    private static final int DAYS_BACK = 120;

    private final NetworkAccess access;
    private final NetworkStore store;
    private final List<NewsSource> sources;
    private final ApplicationEventPublisher events;
    private final Tenants tenants;

    NewsletterPages(NetworkAccess access, NetworkStore store, List<NewsSource> sources, ApplicationEventPublisher events, Tenants tenants) {
        this.access = access;
        this.store = store;
        this.sources = sources;
        this.events = events;
        this.tenants = tenants;
    }

    private List<NewsSource.NewsItem> items(Tenant county) {
        List<NewsSource.NewsItem> items = new ArrayList<>();
        LocalDate from = LocalDate.now(de.pflegeregion.platform.CountyClock.ZONE).minusDays(DAYS_BACK);
        sources.forEach(s -> items.addAll(s.since(county, from)));
        items.sort((a, b) -> b.date().compareTo(a.date()));
        return items;
    }

    @GetMapping("/netzwerk/rundbrief")
    String compose(Authentication auth, Model model) {
        return page(access.coordinator(auth), model, Map.of(), Map.of(), List.of());
    }

    private String page(Tenant county, Model model, Map<String, String> errors, Map<String, String> values, List<Integer> chosen) {
        model.addAttribute("tenant", county);
        model.addAttribute("items", items(county));
        model.addAttribute("chosen", chosen);
        model.addAttribute("recipients", store.persons(county.id()).stream().filter(p -> p.mailConsent() && p.email() != null && !p.deleted()).count());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "network/newsletter-compose";
    }

    @PostMapping("/netzwerk/rundbrief")
    @Transactional
    String send(@Valid NetworkForms.NewsletterForm form, BindingResult result, @RequestParam Map<String, String> sent, Authentication auth,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        List<NewsSource.NewsItem> items = items(county);
        if (NetworkForms.bound(form, result) && (form.text() == null || form.text().isBlank()) && form.items().isEmpty()) {
            result.rejectValue("text", "empty", "Text: Bitte schreiben Sie einen Text oder wählen Sie mindestens eine Meldung.");
        }
        if (result.hasErrors()) {
            response.setStatus(400);
            return page(county, model, NetworkForms.errors(result), sent, form == null ? List.of() : form.items());
        }
        String base = MeetingPages.baseUrl();
        StringBuilder body = new StringBuilder();
        if (form.text() != null && !form.text().isBlank()) {
            body.append(form.text().strip()).append("\n\n");
        }
        for (int i : form.items()) {
            if (i >= 0 && i < items.size()) {
                NewsSource.NewsItem item = items.get(i);
                body.append("• ").append(item.heading()).append("\n  ").append(item.text());
                if (item.url() != null) {
                    body.append("\n  ").append(item.url().startsWith("/") ? base + item.url() : item.url());
                }
                body.append("\n\n");
            }
        }
        List<Person> to = store.persons(county.id()).stream().filter(p -> p.mailConsent() && !p.deleted() && p.email() != null && !p.email().isBlank()).toList();
        long id = store.archiveNewsletter(county.id(), form.subject().strip(), body.toString().strip(), to.size());
        for (Person p : to) {
            events.publishEvent(new OutgoingMail(county.id(), "RUNDBRIEF", List.of(p.email()), form.subject().strip(),
                    body + "—\nIm Archiv: " + base + "/netzwerk/newsletter/" + id
                            + "\nKeine Rundbriefe mehr erhalten: " + base + "/netzwerk/newsletter/abmelden?t=" + p.mailToken() + "\n", null));
        }
        redirect.addFlashAttribute("done", "Der Rundbrief geht an " + to.size() + " Personen und steht im öffentlichen Archiv.");
        return "redirect:/netzwerk/rundbrief";
    }

    @GetMapping("/netzwerk/newsletter")
    String archive(Model model) {
        model.addAttribute("newsletters", store.newsletters());
        model.addAttribute("countyNames", tenants.all().stream().collect(java.util.stream.Collectors.toMap(Tenant::id, Tenant::name)));
        return "network/newsletter-archive";
    }

    @GetMapping("/netzwerk/newsletter/{id:\\d+}")
    String newsletter(@PathVariable long id, Model model) {
        model.addAttribute("newsletter", store.newsletter(id).orElseThrow(NetworkAccess::notFound));
        return "network/newsletter";
    }

    @GetMapping("/netzwerk/newsletter/abmelden")
    String unsubscribeForm(@RequestParam(required = false) String t, Model model) {
        model.addAttribute("token", t);
        model.addAttribute("known", t != null && store.personByMailToken(t).isPresent());
        return "network/unsubscribe";
    }

    /** Ends all network mail to the person (GDPR Art. 21); the link works without login. */
    @PostMapping("/netzwerk/newsletter/abmelden")
    String unsubscribe(@RequestParam(required = false) String t, Model model) {
        boolean done = t != null && store.unsubscribe(t);
        model.addAttribute("token", t);
        model.addAttribute("known", done);
        model.addAttribute("unsubscribed", done);
        return "network/unsubscribe";
    }
}
