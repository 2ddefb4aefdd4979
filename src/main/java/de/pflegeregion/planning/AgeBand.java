package de.pflegeregion.planning;

/**
 * An age band of whole years, {@code from} inclusive and {@code to} exclusive; {@code to == null} is
 * the open top band ("75 Jahre und mehr"), which the band rule closes at {@link #OPEN_END} years.
 */
public record AgeBand(int from, Integer to) implements Comparable<AgeBand> {

    /** Where the band rule of the spec ends an open top band. */
    public static final int OPEN_END = 100;

    public AgeBand {
        if (from < 0 || to != null && to <= from || to == null && from >= OPEN_END) {
            throw new IllegalArgumentException("not an age band: " + from + "–" + to);
        }
    }

    public static AgeBand of(int from, Integer to) {
        return new AgeBand(from, to);
    }

    public boolean open() {
        return to == null;
    }

    public int end() {
        return to == null ? OPEN_END : to;
    }

    public int width() {
        return end() - from;
    }

    /** Years the two bands share, |this ∩ other|. */
    public int overlap(AgeBand other) {
        return Math.max(0, Math.min(end(), other.end()) - Math.max(from, other.from));
    }

    /** Years this band shares with the other and with [age, 100). */
    public int overlapFrom(AgeBand other, int age) {
        return Math.max(0, Math.min(end(), other.end()) - Math.max(Math.max(from, other.from), age));
    }

    /** German label as in the GENESIS tables, e.g. "65 bis unter 75 Jahre". */
    public String label() {
        if (to == null) {
            return from + " Jahre und mehr";
        }
        return from == 0 ? "unter " + to + " Jahre" : from + " bis unter " + to + " Jahre";
    }

    @Override
    public int compareTo(AgeBand other) {
        return from != other.from ? Integer.compare(from, other.from) : Integer.compare(end(), other.end());
    }
}
