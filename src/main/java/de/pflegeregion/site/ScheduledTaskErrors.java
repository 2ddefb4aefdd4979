package de.pflegeregion.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ErrorHandler;

/**
 * Background tasks (index catch-up, outbox, clean-ups) run every few seconds; while the database is away each
 * run fails the same way. That is one warning line per run, not a stack trace a county's IT must read as a bug;
 * any other failure keeps its stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledTaskErrors {

    private static final Logger log = LoggerFactory.getLogger(ScheduledTaskErrors.class);

    static final ErrorHandler HANDLER = error -> {
        if (ApiProblems.databaseUnreachable(error)) {
            log.warn("Background task skipped, database unreachable: {}", error.getMessage());
        } else {
            log.error("Background task failed", error);
        }
    };

    @Bean
    SimpleAsyncTaskSchedulerCustomizer virtualThreadSchedulerErrors() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer poolSchedulerErrors() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }
}
