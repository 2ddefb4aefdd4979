package de.pflegeregion.benefits.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Amounts the county's brochures print. Where a brochure presents an amount for a day and the law
 * says otherwise, the page shows the law's value and names the brochure's figure in a note.
 */
@Component
class BrochureNotes {

    private record Printed(String brochure, LocalDate from, String key, int pflegegrad, BigDecimal amount) {
    }

    private final List<Printed> printed = load();

    /** A plain-German note for each brochure that prints a different amount, empty when all agree. */
    List<String> notes(String key, int pflegegrad, LocalDate day, BigDecimal law) {
        List<String> notes = new ArrayList<>();
        for (Printed entry : printed) {
            if (entry.key().equals(key) && entry.pflegegrad() == pflegegrad && !day.isBefore(entry.from())
                    && (law == null || entry.amount().compareTo(law) != 0)) {
                notes.add(entry.brochure() + " nennt " + Display.euro(entry.amount()) + ". "
                        + (law == null ? "Nach dem Gesetz gibt es diesen Betrag am " + Display.day(day) + " nicht mehr."
                                : "Nach dem Gesetz gelten am " + Display.day(day) + " " + Display.euro(law) + "."));
            }
        }
        return notes;
    }

    private static List<Printed> load() {
        List<Printed> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                BrochureNotes.class.getResourceAsStream("/de/pflegeregion/benefits/web/broschueren.csv")),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";");
                entries.add(new Printed(cells[0], LocalDate.parse(cells[1]), cells[2], Integer.parseInt(cells[3]),
                        new BigDecimal(cells[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
