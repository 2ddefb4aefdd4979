package de.pflegeregion.benefits.web;

import de.pflegeregion.benefits.Per;

/** How the benefits pages say the period an amount is paid for; numbers and dates come from the site's German formatting. */
final class Display {

    private Display() {
    }

    static String per(Per per) {
        return switch (per) {
            case MONTH -> "im Monat";
            case YEAR -> "im Jahr";
            case MEASURE -> "je Maßnahme";
            case ONCE -> "einmalig";
        };
    }
}
