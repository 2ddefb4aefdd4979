package de.pflegeregion.benefits.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.pflegeregion.site.NavigationEntry;

/** Where citizens find the benefits calculator. */
@Configuration(proxyBeanMethods = false)
class BenefitsNavigation {

    @Bean
    NavigationEntry leistungenEntry() {
        return NavigationEntry.forCitizens(20, "/leistungen", "Leistungen berechnen",
                "Sehen Sie, welche Leistungen der Pflegeversicherung Ihnen zustehen, und planen Sie, wie Sie sie kombinieren.");
    }
}
