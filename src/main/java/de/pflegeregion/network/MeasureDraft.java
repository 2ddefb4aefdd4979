package de.pflegeregion.network;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a coordinator enters for a measure (form or CSV row), before it is checked and stored. */
public record MeasureDraft(Long parentId, MeasureKind kind, String handlungsfeld, String title, String description, String ownerName,
                           Long ownerInstitutionId, String partners, LocalDate start, LocalDate end, MeasureStatus status,
                           Integer progress, BigDecimal weight, BigDecimal budget, String funding, String decisionRef,
                           String indicatorName, String indicatorUnit, BigDecimal indicatorBaseline, BigDecimal indicatorTarget,
                           LocalDate indicatorDeadline, String gapOfferType, String gapArea, boolean published) {
}
