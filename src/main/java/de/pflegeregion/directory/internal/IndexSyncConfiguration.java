package de.pflegeregion.directory.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link OfferIndex#syncWithDatabase()} periodically. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IndexSyncConfiguration {
}
