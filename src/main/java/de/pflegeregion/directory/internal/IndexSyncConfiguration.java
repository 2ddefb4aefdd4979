package de.pflegeregion.directory.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link OfferIndex#syncWithDatabase()} and the feed's clean-up periodically. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IndexSyncConfiguration {
}
