package de.pflegeregion.assessment.web;

import java.math.BigDecimal;

/** Points written the German way (72,5); available in templates as {@code num}. */
public final class GermanNumbers {

    static final GermanNumbers INSTANCE = new GermanNumbers();

    private GermanNumbers() {
    }

    public static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** Template form of {@link #points(BigDecimal)}. */
    public String of(BigDecimal value) {
        return points(value);
    }
}
