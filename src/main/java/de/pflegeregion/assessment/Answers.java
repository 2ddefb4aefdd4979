package de.pflegeregion.assessment;

import de.pflegeregion.platform.InvalidInput;
import java.util.Arrays;
import java.util.Objects;

/**
 * The answers of one self-assessment: age, continence, the besondere Bedarfskonstellation and one
 * answer per criterion. A missing answer counts as category 0 ("selbständig" / "entfällt").
 * Immutable; built and validated by {@link Builder}.
 */
public final class Answers {

    static final int MAX_AGE_MONTHS = 150 * 12;
    static final int MAX_COUNT = 1000;

    private final Integer ageMonths;
    private final AgeGroup ageGroup;
    private final boolean specialConstellation;
    private final Continence urinary;
    private final Continence faecal;
    private final int[] levels;
    private final Frequency[] frequencies;

    private Answers(Builder builder) {
        this.ageMonths = builder.ageMonths;
        this.ageGroup = AgeGroup.of(builder.ageMonths);
        this.specialConstellation = builder.specialConstellation;
        this.urinary = builder.urinary;
        this.faecal = builder.faecal;
        this.levels = builder.levels.clone();
        this.frequencies = builder.frequencies.clone();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these answers, to change single answers. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.ageMonths = ageMonths;
        builder.specialConstellation = specialConstellation;
        builder.urinary = urinary;
        builder.faecal = faecal;
        builder.levels = levels.clone();
        builder.frequencies = frequencies.clone();
        return builder;
    }

    /** Age in completed months, or {@code null} for an adult. */
    public Integer ageMonths() {
        return ageMonths;
    }

    public AgeGroup ageGroup() {
        return ageGroup;
    }

    /** Gebrauchsunfähigkeit beider Arme und beider Beine (§ 15 (4) SGB XI, BRi). */
    public boolean specialConstellation() {
        return specialConstellation;
    }

    public Continence urinary() {
        return urinary;
    }

    public Continence faecal() {
        return faecal;
    }

    /** Category index of an ordinal criterion (4.K: 0 = nein, 1 = ja). */
    public int level(String criterion) {
        return levels[Criteria.indexOf(criterion)];
    }

    public Frequency frequency(String criterion) {
        return frequencies[Criteria.indexOf(criterion)];
    }

    int levelAt(int index) {
        return levels[index];
    }

    Frequency frequencyAt(int index) {
        return frequencies[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && Objects.equals(ageMonths, that.ageMonths)
                && specialConstellation == that.specialConstellation && urinary == that.urinary
                && faecal == that.faecal && Arrays.equals(levels, that.levels)
                && Arrays.equals(frequencies, that.frequencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ageMonths, specialConstellation, urinary, faecal, Arrays.hashCode(levels),
                Arrays.hashCode(frequencies));
    }

    /** Collects and validates answers; every rejection names the field. */
    public static final class Builder {

        private Integer ageMonths;
        private boolean specialConstellation;
        private Continence urinary = Continence.KONTINENT;
        private Continence faecal = Continence.KONTINENT;
        private int[] levels = new int[Criteria.count()];
        private Frequency[] frequencies = new Frequency[Criteria.count()];

        private Builder() {
            Arrays.fill(frequencies, Frequency.NONE);
        }

        /** Age in completed months; {@code null} for an adult. */
        public Builder ageMonths(Integer ageMonths) {
            if (ageMonths != null && (ageMonths < 0 || ageMonths > MAX_AGE_MONTHS)) {
                throw new InvalidInput("ageMonths",
                        "Das Alter in Monaten muss zwischen 0 und " + MAX_AGE_MONTHS + " liegen.");
            }
            this.ageMonths = ageMonths;
            return this;
        }

        public Builder specialConstellation(boolean specialConstellation) {
            this.specialConstellation = specialConstellation;
            return this;
        }

        public Builder urinary(Continence urinary) {
            this.urinary = Objects.requireNonNull(urinary);
            return this;
        }

        public Builder faecal(Continence faecal) {
            this.faecal = Objects.requireNonNull(faecal);
            return this;
        }

        /** Sets the category index of an ordinal criterion. */
        public Builder level(String criterion, int level) {
            Criterion c = known(criterion);
            if (c.scale().isFrequency()) {
                throw new InvalidInput(field(criterion),
                        "Bei „" + c.name() + "“ geben Sie bitte an, wie oft die Maßnahme nötig ist.");
            }
            if (level < 0 || level > c.scale().maxIndex()) {
                throw new InvalidInput(field(criterion), "Bei „" + c.name()
                        + "“ ist nur eine Antwort von 0 bis " + c.scale().maxIndex() + " möglich.");
            }
            levels[Criteria.indexOf(criterion)] = level;
            return this;
        }

        /** Criterion 4.K for children up to 18 months. */
        public Builder feedingProblems(boolean present) {
            return level("4.K", present ? 1 : 0);
        }

        /** Sets how often a measure or visit of module 5 happens. */
        public Builder frequency(String criterion, Frequency frequency) {
            Criterion c = known(criterion);
            if (!c.scale().isFrequency()) {
                throw new InvalidInput(field(criterion),
                        "Bei „" + c.name() + "“ wählen Sie bitte eine der Antworten aus.");
            }
            checkCount(criterion, "perDay", frequency.perDay());
            checkCount(criterion, "perWeek", frequency.perWeek());
            checkCount(criterion, "perMonth", frequency.perMonth());
            if (c.scale() == AnswerScale.BESUCHE && frequency.perDay() != 0) {
                throw new InvalidInput(field(criterion) + ".perDay",
                        "Bei „" + c.name() + "“ zählen Besuche pro Woche oder pro Monat.");
            }
            frequencies[Criteria.indexOf(criterion)] = frequency;
            return this;
        }

        public Answers build() {
            return new Answers(this);
        }

        private static Criterion known(String criterion) {
            return Criteria.byNumber(criterion).orElseThrow(() -> new InvalidInput(field(criterion),
                    "Das Kriterium „" + criterion + "“ gibt es im Begutachtungsinstrument nicht."));
        }

        private static void checkCount(String criterion, String unit, int count) {
            if (count < 0 || count > MAX_COUNT) {
                throw new InvalidInput(field(criterion) + "." + unit,
                        "Die Anzahl muss zwischen 0 und " + MAX_COUNT + " liegen.");
            }
        }

        private static String field(String criterion) {
            return "answers." + criterion;
        }
    }
}
