package de.pflegeregion.site;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The entry points of the site, collected from the {@link NavigationEntry} beans the feature modules
 * declare. A link is shown only when a page answers at its address, so a part that is not built yet
 * never appears as a broken link.
 */
@Component("siteNavigation")  // the layout template calls it by this name
public class SiteNavigation {

    private final RequestMappingHandlerMapping handlerMapping;
    private final List<NavigationEntry> entries;
    private volatile Set<String> servedPaths = Set.of();

    SiteNavigation(RequestMappingHandlerMapping requestMappingHandlerMapping, List<NavigationEntry> entries) {
        this.handlerMapping = requestMappingHandlerMapping;
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @EventListener(ContextRefreshedEvent.class)
    void collectServedPaths() {
        servedPaths = handlerMapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<NavigationEntry> citizenEntries() {
        return available(NavigationEntry.Audience.CITIZEN);
    }

    public List<NavigationEntry> countyEntries() {
        return available(NavigationEntry.Audience.COUNTY);
    }

    public boolean serves(String path) {
        return servedPaths.contains(path);
    }

    private List<NavigationEntry> available(NavigationEntry.Audience audience) {
        return entries.stream().filter(entry -> entry.audience() == audience && serves(entry.path())).toList();
    }
}
