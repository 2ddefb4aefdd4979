package de.pflegeregion.network.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.pflegeregion.site.NavigationEntry;

/** Where citizens find the published Maßnahmenplan and the coordinator the plan, Kümmerer and funding. */
@Configuration(proxyBeanMethods = false)
class MeasureNavigation {

    @Bean
    NavigationEntry massnahmenplanEntry() {
        return NavigationEntry.forCitizens(40, "/massnahmen", "Maßnahmenplan Pflege",
                "Was der Kreis mit seinem Pflegenetzwerk tut: jede Maßnahme mit Stand, Fortschritt und Verantwortlichen.");
    }

    @Bean
    NavigationEntry massnahmenplanCoordinatorEntry() {
        return NavigationEntry.forCounty(45, "/netzwerk/massnahmen", "Maßnahmenplan, Kümmerer und Förderung",
                "Für die Netzwerkkoordination: Maßnahmen mit Meilensteinen und Indikatoren, Kümmerer je Gemeinde, Förderprogramme und der Bericht für den Kreistag.");
    }
}
