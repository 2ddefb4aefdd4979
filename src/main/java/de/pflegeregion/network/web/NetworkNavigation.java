package de.pflegeregion.network.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.pflegeregion.site.NavigationEntry;

/** Where the county's network coordinator finds the Pflegenetzwerk, and the public its meeting dates. */
@Configuration(proxyBeanMethods = false)
class NetworkNavigation {

    @Bean
    NavigationEntry pflegenetzwerkEntry() {
        return NavigationEntry.forCounty(40, "/netzwerk", "Pflegenetzwerk",
                "Gremien, Mitglieder, Sitzungen mit Einladung und Protokoll, Aufgaben, Rundbrief und Maßnahmenplan.");
    }

    @Bean
    NavigationEntry termineEntry() {
        return NavigationEntry.forCitizens(45, "/termine", "Termine",
                "Öffentliche Sitzungen des Pflegenetzwerks: wann und wo, wie barrierefrei der Ort ist und was beschlossen wurde.");
    }
}
