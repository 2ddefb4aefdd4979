package de.pflegeregion.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The county that runs this installation, as configured under {@code pflegeregion.county.*}: its
 * name in the page header and the content of the legally required pages (Impressum under § 5 DDG,
 * Datenschutzerklärung under Art. 13 DSGVO, Erklärung zur Barrierefreiheit under § 12b BGG / BITV 2.0).
 * Paragraphs are plain text; the defaults name what a county must fill in.
 */
@ConfigurationProperties("pflegeregion.county")
public record CountySettings(
        @DefaultValue("Landkreis Musterland") String name,
        @DefaultValue({"Landratsamt Musterland", "Musterstraße 1", "12345 Musterstadt"}) List<String> address,
        @DefaultValue("pflege@landkreis-musterland.example") String email,
        @DefaultValue("0123 456789") String phone,
        @DefaultValue("Vertreten durch die Landrätin oder den Landrat. Umsatzsteuer-Identifikationsnummer und Aufsichtsbehörde trägt der Landkreis bei der Einrichtung ein.") List<String> impressum,
        @DefaultValue("Die oder der behördliche Datenschutzbeauftragte des Landkreises, erreichbar unter der oben genannten Anschrift.") String privacyOfficer,
        @DefaultValue("Die Landesbeauftragte oder der Landesbeauftragte für den Datenschutz des Landes.") String privacyAuthority,
        @DefaultValue("teilweise vereinbar") String accessibilityStatus,
        @DefaultValue("2026-11-22") String accessibilityEvaluated,
        @DefaultValue("Die Schlichtungsstelle nach dem Behindertengleichstellungsrecht des Landes.") String accessibilityEnforcement) {
}
