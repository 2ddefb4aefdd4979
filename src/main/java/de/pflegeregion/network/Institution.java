package de.pflegeregion.network;

import java.time.Instant;

/** An Akteur of the network: a member institution with its actor group and seat (Gemeinde AGS). */
public record Institution(long id, long tenantId, String name, ActorGroup group, String seatAgs, Long offerId,
                          Instant created, Instant modified, boolean deleted) {
}
