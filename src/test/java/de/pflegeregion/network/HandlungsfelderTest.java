package de.pflegeregion.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandlungsfelderTest {

    @Test
    void theTenHandlungsfelderOfSeed000ShipWithTheirSource() {
        assertThat(Handlungsfelder.shipped()).hasSize(10);
        assertThat(Handlungsfelder.shipped("2").orElseThrow().title()).contains("Kümmerer");
        assertThat(Handlungsfelder.shipped("5").orElseThrow().title()).startsWith("Die Fördermittelakquise");
        assertThat(Handlungsfelder.shipped("10").orElseThrow().title()).contains("Digitalisierung");
        assertThat(Handlungsfelder.shipped()).allSatisfy(h -> assertThat(h.source()).contains("KPMG/BBSR").endsWith("Handlungsfeld " + h.code()));
    }
}
