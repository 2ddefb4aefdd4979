package de.pflegeregion.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.pflegeregion.site.NavigationEntry;

/** Where citizens find offers and county staff and providers keep them. */
@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    @Bean
    NavigationEntry angeboteEntry() {
        return NavigationEntry.forCitizens(30, "/angebote", "Angebote in der Nähe",
                "Finden Sie Pflegedienste, Tagespflege, Kurzzeitpflege, Beratung und Hilfen im Alltag in Ihrer Nähe, auch mit freien Plätzen.");
    }

    @Bean
    NavigationEntry verwaltungEntry() {
        return NavigationEntry.forCounty(10, "/verwaltung", "Angebote verwalten",
                "Angebote anlegen, ändern und beenden, Listen importieren und exportieren.");
    }

    @Bean
    NavigationEntry anbieterEntry() {
        return NavigationEntry.forCounty(20, "/anbieter", "Für Anbieter: freie Plätze melden",
                "Pflegeeinrichtungen und Dienste halten ihren Eintrag und ihre freien Plätze aktuell.");
    }
}
