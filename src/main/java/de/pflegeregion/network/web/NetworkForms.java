package de.pflegeregion.network.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import de.pflegeregion.network.ActorGroup;
import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.DecisionResult;
import de.pflegeregion.network.GremiumType;
import de.pflegeregion.network.MemberRole;
import de.pflegeregion.platform.CountyClock;

/**
 * The network's forms, bound by Spring and checked by Bean Validation. Every message starts with the field's
 * German label so the page can name the field; a value that does not even convert (a date typed wrongly) gets
 * the same treatment through {@link #LABELS}.
 */
final class NetworkForms {

    private NetworkForms() {
    }

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"), Map.entry("group", "Akteursgruppe"), Map.entry("seatAgs", "Sitz (AGS)"),
            Map.entry("email", "E-Mail"), Map.entry("type", "Art"), Map.entry("parentId", "Übergeordnetes Gremium"),
            Map.entry("start", "Beginn"), Map.entry("end", "Ende"), Map.entry("personId", "Person"), Map.entry("role", "Rolle"),
            Map.entry("from", "Mitglied seit"), Map.entry("until", "Mitglied bis"), Map.entry("gremiumId", "Gremium"),
            Map.entry("title", "Titel"), Map.entry("day", "Datum"), Map.entry("startTime", "Beginn (Uhrzeit)"),
            Map.entry("endTime", "Ende (Uhrzeit)"), Map.entry("number", "Nummer"), Map.entry("text", "Beschluss"),
            Map.entry("result", "Ergebnis"), Map.entry("yes", "Ja-Stimmen"), Map.entry("no", "Nein-Stimmen"),
            Map.entry("abstain", "Enthaltungen"), Map.entry("due", "Fällig am"), Map.entry("ownerPersonId", "Verantwortlich"),
            Map.entry("subject", "Betreff"), Map.entry("deputyPersonId", "Stellvertretung"), Map.entry("onBehalfOf", "Für Institution"),
            Map.entry("handlungsfelder", "Handlungsfelder"), Map.entry("onlineLink", "Online-Link"));

    /** One message per field, in the order of the page's fields. */
    static Map<String, String> errors(BindingResult result) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError e : result.getFieldErrors()) {
            String label = LABELS.getOrDefault(e.getField(), e.getField());
            String message = e.isBindingFailure() ? label + ": Bitte prüfen Sie die Eingabe; "
                    + (e.getField().toLowerCase().contains("time") ? "die Uhrzeit bitte als 14:30." : e.getField().matches("day|start|end|from|until|due")
                    ? "das Datum bitte als TT.MM.JJJJ oder aus dem Kalenderfeld." : "der Wert passt nicht.")
                    : e.getDefaultMessage();
            messages.putIfAbsent(e.getField(), message);
        }
        return messages;
    }

    /** False when the form could not even be built (a value did not convert): then only the binding errors count. */
    static boolean bound(Object form, BindingResult result) {
        return form != null && result.getTarget() != null;
    }

    static Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, CountyClock.ZONE).toInstant();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record InstitutionForm(
            @NotBlank(message = "Name: Bitte geben Sie den Namen der Institution ein.") @Size(max = 200, message = "Name: höchstens 200 Zeichen.") String name,
            @NotNull(message = "Akteursgruppe: Bitte wählen Sie eine Akteursgruppe.") ActorGroup group,
            @Pattern(regexp = "|\\d{8}", message = "Sitz (AGS): Bitte den achtstelligen Gemeindeschlüssel, z. B. 09186143, oder nichts.") String seatAgs) {
    }

    record PersonForm(
            @NotBlank(message = "Name: Bitte geben Sie den Namen ein.") @Size(max = 200, message = "Name: höchstens 200 Zeichen.") String name,
            @Email(message = "E-Mail: Das ist keine gültige E-Mail-Adresse.") @Size(max = 200, message = "E-Mail: höchstens 200 Zeichen.") String email,
            @Size(max = 60, message = "Telefon: höchstens 60 Zeichen.") String phone,
            Boolean publishConsent, Boolean mailConsent, List<Long> institutionIds) {

        PersonForm {
            publishConsent = Boolean.TRUE.equals(publishConsent);
            mailConsent = Boolean.TRUE.equals(mailConsent);
            institutionIds = institutionIds == null ? List.of() : institutionIds.stream().filter(Objects::nonNull).toList();
        }
    }

    record GremiumForm(
            @NotBlank(message = "Name: Bitte geben Sie den Namen des Gremiums ein.") @Size(max = 200, message = "Name: höchstens 200 Zeichen.") String name,
            @NotNull(message = "Art: Bitte wählen Sie die Art des Gremiums.") GremiumType type,
            Long parentId,
            @Size(max = 500, message = "Thema: höchstens 500 Zeichen.") String topic,
            @Pattern(regexp = "|\\d{1,2}(\\s*,\\s*\\d{1,2})*", message = "Handlungsfelder: Bitte die Nummern durch Komma getrennt, z. B. 1, 3.")
            @Size(max = 100, message = "Handlungsfelder: höchstens 100 Zeichen.") String handlungsfelder,
            @PlausibleDate(message = "Beginn: Bitte ein Datum zwischen 1900 und 2100.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @PlausibleDate(message = "Ende: Bitte ein Datum zwischen 1900 und 2100.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end) {
    }

    record MembershipForm(
            @NotNull(message = "Person: Bitte wählen Sie eine Person.") Long personId,
            Long onBehalfOf,
            @NotNull(message = "Rolle: Bitte wählen Sie eine Rolle.") MemberRole role,
            Boolean voting,
            Long deputyPersonId,
            @PlausibleDate(message = "Mitglied seit: Bitte ein Datum zwischen 1900 und 2100.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @PlausibleDate(message = "Mitglied bis: Bitte ein Datum zwischen 1900 und 2100.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {

        MembershipForm {
            voting = Boolean.TRUE.equals(voting);
        }
    }

    record MeetingForm(
            @NotNull(message = "Gremium: Bitte wählen Sie das Gremium.") Long gremiumId,
            @NotBlank(message = "Titel: Bitte geben Sie einen Titel ein, z. B. „3. Sitzung“.") @Size(max = 200, message = "Titel: höchstens 200 Zeichen.") String title,
            @NotNull(message = "Datum: Bitte geben Sie das Datum der Sitzung ein.")
            @PlausibleDate(message = "Datum: Bitte ein Datum zwischen 1900 und 2100.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @NotNull(message = "Beginn (Uhrzeit): Bitte geben Sie die Uhrzeit des Beginns ein.") @DateTimeFormat(pattern = "H:mm") LocalTime startTime,
            @NotNull(message = "Ende (Uhrzeit): Bitte geben Sie die Uhrzeit des Endes ein.") @DateTimeFormat(pattern = "H:mm") LocalTime endTime,
            @Size(max = 300, message = "Ort: höchstens 300 Zeichen.") String place,
            Boolean stepFree, Boolean hearingLoop, Boolean signLanguage,
            @Size(max = 500, message = "Hinweise zur Barrierefreiheit: höchstens 500 Zeichen.") String accessNotes,
            @Pattern(regexp = "|https://\\S+", message = "Online-Link: Bitte eine Adresse, die mit https:// beginnt, oder nichts.")
            @Size(max = 500, message = "Online-Link: höchstens 500 Zeichen.") String onlineLink,
            Boolean isPublic) {

        MeetingForm {
            // an unticked checkbox sends nothing
            stepFree = Boolean.TRUE.equals(stepFree);
            hearingLoop = Boolean.TRUE.equals(hearingLoop);
            signLanguage = Boolean.TRUE.equals(signLanguage);
            isPublic = Boolean.TRUE.equals(isPublic);
        }

        boolean endsAfterStart() {
            return startTime == null || endTime == null || endTime.isAfter(startTime);
        }

        boolean hasPlace() {
            return blankToNull(place) != null || blankToNull(onlineLink) != null;
        }
    }

    record AgendaItemForm(
            @NotBlank(message = "Nummer: Bitte geben Sie die Nummer des TOP ein, z. B. 3.") @Size(max = 10, message = "Nummer: höchstens 10 Zeichen.") String number,
            @NotBlank(message = "Titel: Bitte geben Sie den Titel des TOP ein.") @Size(max = 300, message = "Titel: höchstens 300 Zeichen.") String title,
            Boolean isPublic) {

        AgendaItemForm {
            isPublic = Boolean.TRUE.equals(isPublic);
        }
    }

    record DecisionForm(
            @NotBlank(message = "Beschluss: Bitte geben Sie den Wortlaut des Beschlusses ein.") @Size(max = 2000, message = "Beschluss: höchstens 2000 Zeichen.") String text,
            @NotNull(message = "Ergebnis: Bitte wählen Sie das Ergebnis.") DecisionResult result,
            @Min(value = 0, message = "Ja-Stimmen: keine negative Zahl.") @Max(value = 999, message = "Ja-Stimmen: höchstens 999.") Integer yes,
            @Min(value = 0, message = "Nein-Stimmen: keine negative Zahl.") @Max(value = 999, message = "Nein-Stimmen: höchstens 999.") Integer no,
            @Min(value = 0, message = "Enthaltungen: keine negative Zahl.") @Max(value = 999, message = "Enthaltungen: höchstens 999.") Integer abstain) {
    }

    record TaskForm(
            @NotBlank(message = "Aufgabe: Bitte beschreiben Sie die Aufgabe.") @Size(max = 500, message = "Aufgabe: höchstens 500 Zeichen.") String title,
            Long ownerPersonId,
            @PlausibleDate(message = "Fällig am: Bitte ein Datum zwischen 1900 und 2100.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) {
    }

    record AttendanceForm(long personId, AttendanceStatus status, Long representedBy) {
    }

    record NewsletterForm(
            @NotBlank(message = "Betreff: Bitte geben Sie einen Betreff ein.") @Size(max = 300, message = "Betreff: höchstens 300 Zeichen.") String subject,
            @Size(max = 20000, message = "Text: höchstens 20 000 Zeichen.") String text,
            List<Integer> items) {

        NewsletterForm {
            items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        }
    }
}
