package de.pflegeregion.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes what {@link RetentionSettings} no longer allows to keep, every hour on every node (the deletes
 * are idempotent, so several nodes do no harm).
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** What one run deleted. */
    public record Purged(int loginFailures, int apiTokens, int passwordResets) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RetentionSettings settings;
    private final ApiTokens apiTokens;
    private final PasswordResets passwordResets;

    Retention(JdbcClient jdbc, Clock clock, RetentionSettings settings, ApiTokens apiTokens, PasswordResets passwordResets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.apiTokens = apiTokens;
        this.passwordResets = passwordResets;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${pflegeregion.retention.interval:PT1H}")
    void scheduled() {
        Purged purged = purge();
        if (purged.loginFailures() + purged.apiTokens() + purged.passwordResets() > 0) {
            log.info("Retention: deleted {} failed logins, {} API tokens, {} password links", purged.loginFailures(),
                    purged.apiTokens(), purged.passwordResets());
        }
    }

    @Transactional
    public Purged purge() {
        Instant now = clock.instant();
        int failures = jdbc.sql("DELETE FROM login_failure WHERE failed_at < ?")
                .param(Timestamp.from(now.minus(settings.loginFailures()))).update();
        return new Purged(failures, apiTokens.purge(settings.expiredApiTokens()), passwordResets.purge(settings.expiredPasswordResets()));
    }
}
