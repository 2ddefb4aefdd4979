package de.pflegeregion.planning;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One area's places balance per offer type ({@link PlanningSettings#PLACE_TYPES}, in that order), as an
 * unmodifiable map whose records are made when read: a national forecast has 275,000 area-years, and
 * keeping three arrays instead of a map of records is most of what makes it fast.
 */
final class PlaceBalances extends AbstractMap<String, PlaceBalance> {

    private static final List<String> TYPES = PlanningSettings.PLACE_TYPES;

    /** per type: whether it has a benchmark (else needed and gap are null), shared by all areas */
    private final boolean[] measured;
    private final double[] needed;
    private final int[] existing;
    private final int[] unknownCapacityOffers;

    PlaceBalances(boolean[] measured, double[] needed, int[] existing, int[] unknownCapacityOffers) {
        this.measured = measured;
        this.needed = needed;
        this.existing = existing;
        this.unknownCapacityOffers = unknownCapacityOffers;
    }

    boolean measured(int type) {
        return measured[type];
    }

    double needed(int type) {
        return needed[type];
    }

    int existing(int type) {
        return existing[type];
    }

    int unknownCapacityOffers(int type) {
        return unknownCapacityOffers[type];
    }

    private PlaceBalance balance(int type) {
        Double need = measured[type] ? needed[type] : null;
        return new PlaceBalance(need, existing[type], need == null ? null : need - existing[type], unknownCapacityOffers[type]);
    }

    @Override
    public PlaceBalance get(Object type) {
        int i = TYPES.indexOf(type);
        return i < 0 ? null : balance(i);
    }

    @Override
    public boolean containsKey(Object type) {
        return TYPES.contains(type);
    }

    @Override
    public Set<Entry<String, PlaceBalance>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, PlaceBalance>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < TYPES.size();
                    }

                    @Override
                    public Entry<String, PlaceBalance> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(TYPES.get(i), balance(i));
                    }
                };
            }

            @Override
            public int size() {
                return TYPES.size();
            }
        };
    }
}
