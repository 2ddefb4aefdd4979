package de.pflegeregion.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records of passing use are kept ({@code pflegeregion.retention.*}), after which {@link Retention}
 * deletes them (data minimisation, Art. 5 (1) c and e DSGVO): failed logins (names and addresses; the lock
 * needs only the last 30 minutes), API tokens after they expired or were revoked, password links after
 * they expired or were used. The audit log is never purged.
 */
@ConfigurationProperties("pflegeregion.retention")
public record RetentionSettings(@DefaultValue("7d") Duration loginFailures,
                                @DefaultValue("90d") Duration expiredApiTokens,
                                @DefaultValue("30d") Duration expiredPasswordResets) {
}
