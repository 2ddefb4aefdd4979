package de.pflegeregion.assessment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.pflegeregion.site.NavigationEntry;

/** Where citizens find the self-assessment. */
@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

    @Bean
    NavigationEntry pflegegradEntry() {
        return NavigationEntry.forCitizens(10, "/pflegegrad", "Pflegegrad einschätzen",
                "Beantworten Sie Fragen zur Selbständigkeit. Sie sehen, welcher Pflegegrad wahrscheinlich ist, und können den Einschätzungsbogen zum Termin mit dem Medizinischen Dienst mitnehmen.");
    }
}
