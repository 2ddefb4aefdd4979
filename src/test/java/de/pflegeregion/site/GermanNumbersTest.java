package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.format.Formatter;

class GermanNumbersTest {

    private final Formatter<Double> decimal = GermanNumbers.decimalInput(3);

    @Test
    void decimalsAreReadWithCommaPointOrTypographicMinus() throws ParseException {
        assertThat(decimal.parse("0,455", Locale.GERMANY)).isEqualTo(0.455);
        assertThat(decimal.parse(" 48.5312 ", Locale.GERMANY)).isEqualTo(48.5312);
        assertThat(decimal.parse("\u22120,5", Locale.GERMANY)).isEqualTo(-0.5);
        assertThat(decimal.parse("+12", Locale.GERMANY)).isEqualTo(12.0);
        assertThat(decimal.print(-0.5, Locale.GERMANY)).isEqualTo("-0,5");
        assertThat(decimal.print(13.80, Locale.GERMANY)).isEqualTo("13,8");
    }

    @Test
    void noThousandsSeparatorsNoNaNAndNoMoreDigitsThanAllowed() {
        for (String bad : new String[] {"1.234,5", "NaN", "Infinity", "1e3", "", "1234", "0x1F", "1,", ",5"}) {
            assertThatThrownBy(() -> decimal.parse(bad, Locale.GERMANY)).as(bad).isInstanceOf(ParseException.class);
        }
    }
}
