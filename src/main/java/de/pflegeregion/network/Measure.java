package de.pflegeregion.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One node of the Maßnahmenplan: a goal, measure or sub-measure. The owner (Federführung) is a name and,
 * where the institution is in the network's register, its id; the deciding decision a reference text.
 *
 * @param progress    the progress entered, or null for the status's default
 * @param gapArea     Gemeinde key or Planungsraum name of the linked planning gap, with gapOfferType
 * @param gapBaseline missing places when the measure was linked to the gap
 */
public record Measure(long id, long tenantId, Long parentId, MeasureKind kind, String handlungsfeld, String title, String description,
                      String ownerName, Long ownerInstitutionId, String partners, LocalDate start, LocalDate end, MeasureStatus status,
                      Integer progress, BigDecimal weight, BigDecimal budget, String funding, String decisionRef,
                      String indicatorName, String indicatorUnit, BigDecimal indicatorBaseline, BigDecimal indicatorTarget,
                      LocalDate indicatorDeadline, String gapOfferType, String gapArea, BigDecimal gapBaseline, boolean published,
                      Instant createdAt, Instant updatedAt, int version) {

    public boolean hasIndicator() {
        return indicatorName != null && !indicatorName.isBlank();
    }

    public boolean hasGap() {
        return gapOfferType != null && !gapOfferType.isBlank() && gapArea != null && !gapArea.isBlank();
    }
}
