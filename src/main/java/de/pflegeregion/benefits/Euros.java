package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact euro arithmetic: amounts carry two decimals, rounded half up only where a share is taken. */
final class Euros {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Euros() {
    }

    static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return of(amount.multiply(percent).divide(HUNDRED));
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static BigDecimal positive(BigDecimal amount) {
        return amount.signum() < 0 ? ZERO : amount;
    }
}
