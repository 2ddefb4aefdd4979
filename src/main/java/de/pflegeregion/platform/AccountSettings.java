package de.pflegeregion.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long secrets handed to accounts stay valid ({@code pflegeregion.accounts.*}): API tokens
 * 30 days (spec planning.md, "Tokens ... expire (default 30 days)"), password reset links 24 hours.
 */
@ConfigurationProperties("pflegeregion.accounts")
public record AccountSettings(@DefaultValue("30d") Duration apiTokenLifetime,
                              @DefaultValue("24h") Duration passwordResetLifetime) {
}
