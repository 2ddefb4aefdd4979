package de.pflegeregion.planning.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.pflegeregion.site.NavigationEntry;

/** Where the county's Sozialplanung finds the Pflegestrukturplanung. */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

    @Bean
    NavigationEntry pflegestrukturplanungEntry() {
        return NavigationEntry.forCounty(30, "/planung/daten", "Pflegestrukturplanung",
                "Bestandsaufnahme, Bedarf an Plätzen und Personal je Gemeinde bis 2040, Erreichbarkeit und der Pflegebericht für den Kreistag.");
    }
}
