package de.pflegeregion.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Open tasks come back on the next agenda by themselves (network spec): every task of the gremium that is
 * still open and not yet on this agenda becomes a TOP "Offene Aufgabe: …", in order of due date.
 */
public final class TaskCarryOver {

    private TaskCarryOver() {
    }

    /** A task as the rule needs it. */
    public record OpenTask(long id, String title, String owner, LocalDate due, TaskStatus status) {
    }

    /** A TOP to add: the next number after the existing ones, the task it carries. */
    public record CarriedItem(String number, String title, long taskId) {
    }

    public static List<CarriedItem> itemsFor(List<OpenTask> tasksOfGremium, Set<Long> alreadyCarried, int existingItems) {
        List<CarriedItem> items = new ArrayList<>();
        int number = existingItems;
        List<OpenTask> open = tasksOfGremium.stream().filter(t -> t.status().open()).filter(t -> !alreadyCarried.contains(t.id()))
                .sorted(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(OpenTask::id))
                .toList();
        for (OpenTask t : open) {
            number++;
            String who = t.owner() == null ? "" : " (" + t.owner() + ")";
            items.add(new CarriedItem(Integer.toString(number), "Offene Aufgabe: " + t.title() + who, t.id()));
        }
        return items;
    }
}
