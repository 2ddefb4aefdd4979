package de.pflegeregion.network.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Network mail ({@code pflegeregion.mail.*}). Off by default: then every mail waits in the outbox for the
 * coordinator to send by hand. On: the outbox delivers over the SMTP server of {@code spring.mail.*}.
 *
 * @param baseUrl the address of this installation, for links in mails sent without a request (reminders)
 */
@ConfigurationProperties("pflegeregion.mail")
public record MailSettings(@DefaultValue("false") boolean enabled,
                           @DefaultValue("netzwerk@pflegeregion.example") String from,
                           @DefaultValue("http://localhost:8080") String baseUrl,
                           @DefaultValue("PT30S") Duration firstRetry,
                           @DefaultValue("PT6H") Duration maxRetry) {

    /** Wait before attempt n+1 after n failed ones: doubling from the first retry, capped. */
    public Duration backoff(int failedAttempts) {
        Duration d = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }
}
