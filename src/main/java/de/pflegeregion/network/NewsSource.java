package de.pflegeregion.network;

import java.time.LocalDate;
import java.util.List;

import de.pflegeregion.platform.Tenant;

/**
 * What a newsletter can be composed from: each part of the network offers its recent items (decisions,
 * measure progress, dates); the coordinator picks from them and adds free text.
 */
public interface NewsSource {

    List<NewsItem> since(Tenant county, LocalDate from);

    /** One candidate item; url is the public page it links to, or null. */
    record NewsItem(LocalDate date, String heading, String text, String url) {
    }
}
