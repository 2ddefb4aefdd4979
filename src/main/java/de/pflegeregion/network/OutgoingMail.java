package de.pflegeregion.network;

import java.util.List;

/**
 * A mail the network sends: published as an event and delivered through the persistent outbox, so a mail
 * that cannot be sent now is retried and survives a restart (network spec, "Mail").
 *
 * @param countyId    the county whose network sends it
 * @param recipients  addresses of persons who consented to receive mail
 * @param calendar    an iCalendar attachment (METHOD:REQUEST or CANCEL), or null
 */
public record OutgoingMail(long countyId, String kind, List<String> recipients, String subject, String text,
                           String calendar) {
}
