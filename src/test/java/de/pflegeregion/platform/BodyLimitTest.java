package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class BodyLimitTest {

    @Test
    void theLimitIsToldInWholeMegabytesOrKilobytesRoundedUp() {
        assertThat(BodyLimit.inWords(DataSize.ofMegabytes(300))).isEqualTo("300 MB");
        assertThat(BodyLimit.inWords(DataSize.ofKilobytes(1536))).isEqualTo("2 MB");
        assertThat(BodyLimit.inWords(DataSize.ofBytes(2_000))).isEqualTo("2 kB");
        assertThat(BodyLimit.inWords(DataSize.ofBytes(1))).isEqualTo("1 kB");
    }

    @Test
    void onlyARefusedRequestCarriesALimit() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(BodyLimit.of(request)).isEmpty();
        BodyLimit.exceeded(request, DataSize.ofMegabytes(1));
        assertThat(BodyLimit.of(request)).hasValue("1 MB");
    }
}
