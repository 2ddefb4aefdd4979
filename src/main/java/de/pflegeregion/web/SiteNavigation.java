package de.pflegeregion.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The entry points of the site. A link is shown only when a page answers at its address, so a
 * part that is not built yet never appears as a broken link.
 */
@Component
public class SiteNavigation {

    /** An entry point for one audience. */
    public record Entry(String path, String title, String description) {
    }

    private static final List<Entry> CITIZEN_ENTRIES = List.of(
            new Entry("/pflegegrad", "Pflegegrad einschätzen",
                    "Beantworten Sie Fragen zur Selbständigkeit. Sie sehen, welcher Pflegegrad wahrscheinlich ist, und können den Einschätzungsbogen zum Termin mit dem Medizinischen Dienst mitnehmen."),
            new Entry("/leistungen", "Leistungen berechnen",
                    "Sehen Sie, welche Leistungen der Pflegeversicherung Ihnen zustehen, und planen Sie, wie Sie sie kombinieren."),
            new Entry("/angebote", "Angebote in der Nähe",
                    "Finden Sie Pflegedienste, Tagespflege, Kurzzeitpflege, Beratung und Hilfen im Alltag in Ihrer Nähe, auch mit freien Plätzen."));

    private static final List<Entry> PLANNER_ENTRIES = List.of(
            new Entry("/verwaltung", "Angebote verwalten",
                    "Angebote anlegen, ändern und beenden, Listen importieren und exportieren."),
            new Entry("/anbieter", "Für Anbieter: freie Plätze melden",
                    "Pflegeeinrichtungen und Dienste halten ihren Eintrag und ihre freien Plätze aktuell."));

    private final RequestMappingHandlerMapping handlerMapping;
    private volatile Set<String> servedPaths = Set.of();

    SiteNavigation(RequestMappingHandlerMapping requestMappingHandlerMapping) {
        this.handlerMapping = requestMappingHandlerMapping;
    }

    @EventListener(ContextRefreshedEvent.class)
    void collectServedPaths() {
        servedPaths = handlerMapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<Entry> citizenEntries() {
        return available(CITIZEN_ENTRIES);
    }

    public List<Entry> plannerEntries() {
        return available(PLANNER_ENTRIES);
    }

    public boolean serves(String path) {
        return servedPaths.contains(path);
    }

    private List<Entry> available(List<Entry> entries) {
        return entries.stream().filter(entry -> serves(entry.path())).toList();
    }
}
