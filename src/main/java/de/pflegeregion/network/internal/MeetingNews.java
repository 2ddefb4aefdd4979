package de.pflegeregion.network.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.NewsSource;
import de.pflegeregion.platform.CountyClock;
import de.pflegeregion.platform.Tenant;

/** Newsletter items from the gremien: decisions of published minutes (public TOPs only) and coming public meetings. */
@Component
class MeetingNews implements NewsSource {

    private final NetworkStore store;

    MeetingNews(NetworkStore store) {
        this.store = store;
    }

    @Override
    public List<NewsItem> since(Tenant county, LocalDate from) {
        Map<Long, Gremium> gremien = store.gremien(county.id()).stream().collect(Collectors.toMap(Gremium::id, Function.identity()));
        List<NewsItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(CountyClock.ZONE);
        for (Meeting m : store.meetings(county.id())) {
            if (m.deleted() || !m.isPublic()) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(m.start(), CountyClock.ZONE);
            Gremium g = gremien.get(m.gremiumId());
            if (!day.isBefore(today) && !m.state().cancelled()) {
                items.add(new NewsItem(day, "Termin: " + g.name() + " am " + day.format(DateTimeFormatter.ofPattern("d.M.yyyy")),
                        m.title() + (m.place() == null ? "" : ", " + m.place()), "/termine/" + m.id()));
            } else if (!day.isBefore(from) && store.minutes(m.id()).published()) {
                Map<Long, AgendaItem> publicItems = store.agenda(m.id()).stream().filter(AgendaItem::isPublic)
                        .collect(Collectors.toMap(AgendaItem::id, Function.identity()));
                for (Decision d : store.decisions(m.id())) {
                    if (publicItems.containsKey(d.agendaItemId())) {
                        items.add(new NewsItem(day, "Beschluss: " + g.name(), d.text() + " (" + d.result().label() + ")", "/termine/" + m.id()));
                    }
                }
            }
        }
        items.sort((a, b) -> b.date().compareTo(a.date()));
        return items;
    }
}
