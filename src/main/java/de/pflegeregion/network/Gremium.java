package de.pflegeregion.network;

import java.time.Instant;
import java.time.LocalDate;

/** A body of the network: Lenkungsgruppe, Plenum, Arbeitsgruppe, Pflegekreis or Beirat, under a parent. */
public record Gremium(long id, long tenantId, String name, GremiumType type, Long parentId, String topic,
                      String handlungsfelder, LocalDate start, LocalDate end, Instant created, Instant modified,
                      boolean deleted) {
}
