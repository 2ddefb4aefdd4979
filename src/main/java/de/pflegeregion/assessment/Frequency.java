package de.pflegeregion.assessment;

/**
 * How often a measure or visit of module 5 happens, counted per day, week and month (Anlage 1 SGB XI).
 * For criterion 5.12 any daily count means "täglich".
 */
public record Frequency(int perDay, int perWeek, int perMonth) {

    public static final Frequency NONE = new Frequency(0, 0, 0);

    public boolean isNone() {
        return perDay == 0 && perWeek == 0 && perMonth == 0;
    }
}
