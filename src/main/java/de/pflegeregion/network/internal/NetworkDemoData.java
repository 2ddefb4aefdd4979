package de.pflegeregion.network.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.pflegeregion.network.ActorGroup;
import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.DecisionResult;
import de.pflegeregion.network.GremiumType;
import de.pflegeregion.network.MemberRole;
import de.pflegeregion.network.MinutesState;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.CountyClock;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * The demo network of Landkreis Pfaffenhofen (profile "demo") in the Dortmund structure of seed 003: a
 * Lenkungsgruppe and its five Arbeitsgruppen, example institutions and persons (all "Beispiel", no real names),
 * two past meetings with published minutes and one coming; accounts netzwerk-paf and mitglied-paf.
 */
@Component
public class NetworkDemoData {

    private static final String PAFFENHOFEN = "landkreis-pfaffenhofen";
    private static final String PASSWORD = "Pflegeregion-Demo-2026";
    private static final String ACTOR = "demo-daten";
    private static final String BASE = "http://localhost:8080";

    private final Tenants tenants;
    private final Accounts accounts;
    private final Gremien gremien;
    private final Clock clock;
    private final boolean enabled;

    NetworkDemoData(Tenants tenants, Accounts accounts, Gremien gremien, Clock clock, @Value("${pflegeregion.demo-data:false}") boolean enabled) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.gremien = gremien;
        this.clock = clock;
        this.enabled = enabled;
    }

    // the directory's demo listener (same event) creates the county first
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onStart() {
        if (enabled) {
            tenants.bySlug(PAFFENHOFEN).filter(t -> gremien.store().gremien(t.id()).isEmpty()).ifPresent(this::pfaffenhofen);
        }
    }

    private Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), CountyClock.ZONE).toInstant();
    }

    @Transactional
    void pfaffenhofen(Tenant paf) {
        NetworkStore s = gremien.store();
        long id = paf.id();
        long lra = s.createInstitution(id, "Landratsamt Pfaffenhofen a.d.Ilm – Netzwerkkoordination (Beispiel)", ActorGroup.KREISVERWALTUNG, "09186143", null);
        long kasse = s.createInstitution(id, "Beispiel-Pflegekasse Oberbayern", ActorGroup.PFLEGEKASSE, null, null);
        long dienst = s.createInstitution(id, "Beispiel Ambulanter Pflegedienst Wolnzach", ActorGroup.AMBULANTER_DIENST, "09186162", null);
        long heim = s.createInstitution(id, "Beispiel Seniorenheim an der Ilm", ActorGroup.HEIM, "09186143", null);
        long schule = s.createInstitution(id, "Beispiel Berufsfachschule für Pflege", ActorGroup.SCHULE, "09186143", null);
        long agentur = s.createInstitution(id, "Beispiel Agentur für Arbeit, Geschäftsstelle", ActorGroup.ARBEITSAGENTUR, null, null);
        long beirat = s.createInstitution(id, "Beispiel Seniorenbeirat", ActorGroup.SELBSTVERTRETUNG, null, null);

        long koord = s.createPerson(id, "Beispielperson Koordination", "koordination@demo.pflegeregion.example", "08441 27 0000", true, true, List.of(lra));
        long kassePerson = s.createPerson(id, "Beispielperson Pflegekasse", "kasse@demo.pflegeregion.example", null, true, true, List.of(kasse));
        long dienstPerson = s.createPerson(id, "Beispielperson Pflegedienst", "dienst@demo.pflegeregion.example", null, false, true, List.of(dienst));
        long heimPerson = s.createPerson(id, "Beispielperson Heimleitung", "heim@demo.pflegeregion.example", null, true, true, List.of(heim));
        long schulePerson = s.createPerson(id, "Beispielperson Schulleitung", "schule@demo.pflegeregion.example", null, true, true, List.of(schule));
        long agenturPerson = s.createPerson(id, "Beispielperson Arbeitsagentur", null, null, false, false, List.of(agentur));
        long beiratPerson = s.createPerson(id, "Beispielperson Seniorenbeirat", "beirat@demo.pflegeregion.example", null, true, true, List.of(beirat));
        LocalDate since = LocalDate.now(clock).minusYears(1);

        long lg = s.createGremium(id, "Lenkungsgruppe Netzwerk Pflege", GremiumType.LENKUNGSGRUPPE, null,
                "Verbindliches Koordinations- und Entscheidungsgremium", "1,2,3,4,5", since, null);
        s.addMembership(lg, koord, lra, MemberRole.KOORDINATION, true, null, since, null);
        s.addMembership(lg, kassePerson, kasse, MemberRole.MITGLIED, true, null, since, null);
        s.addMembership(lg, dienstPerson, dienst, MemberRole.MITGLIED, true, null, since, null);
        s.addMembership(lg, heimPerson, heim, MemberRole.VORSITZ, true, null, since, null);
        s.addMembership(lg, beiratPerson, beirat, MemberRole.MITGLIED, false, null, since, null);
        long[] ags = new long[5];
        String[] names = {"Erwerbspersonenpotential", "Ausbildung", "Verbesserung der Arbeitsbedingungen", "Attraktivität und Image des Pflegeberufes",
                "Entlastung durch Weiterentwicklung des vorpflegerischen Bereichs"};
        for (int i = 0; i < names.length; i++) {
            ags[i] = s.createGremium(id, "AG " + names[i], GremiumType.ARBEITSGRUPPE, lg, names[i], "3", since, null);
        }
        long agAusbildung = ags[1];
        s.addMembership(agAusbildung, schulePerson, schule, MemberRole.MODERATION, true, null, since, null);
        s.addMembership(agAusbildung, dienstPerson, dienst, MemberRole.PROTOKOLL, true, null, since, null);
        s.addMembership(agAusbildung, agenturPerson, agentur, MemberRole.MITGLIED, true, null, since, null);
        s.addMembership(agAusbildung, koord, lra, MemberRole.KOORDINATION, false, null, since, null);
        s.addMembership(ags[0], agenturPerson, agentur, MemberRole.KOORDINATION, true, null, since, null);
        s.addMembership(ags[4], beiratPerson, beirat, MemberRole.MODERATION, true, null, since, null);

        LocalDate today = LocalDate.now(clock);
        String place = "Landratsamt Pfaffenhofen a.d.Ilm, Sitzungssaal (Beispiel), Hauptplatz 22, 85276 Pfaffenhofen a.d.Ilm";
        long m1 = gremien.planMeeting(id, lg, "1. Sitzung", at(today.minusDays(120), 14), at(today.minusDays(120), 16), place, true, true, false,
                null, null, true);
        long m1a = s.addAgendaItem(m1, "1", "Begrüßung und Ziele des Netzwerks", true, null);
        long m1b = s.addAgendaItem(m1, "2", "Arbeitsgruppen einrichten", true, null);
        gremien.invite(id, m1, BASE);
        gremien.markHeld(id, m1);
        for (long p : List.of(koord, kassePerson, heimPerson, beiratPerson)) {
            gremien.recordAttendance(id, m1, p, AttendanceStatus.ANWESEND, null);
        }
        gremien.recordAttendance(id, m1, dienstPerson, AttendanceStatus.ENTSCHULDIGT, null);
        gremien.writeDiscussion(id, m1, m1a, "Die Mitglieder stellen ihre Institutionen vor (Beispiel).");
        gremien.addDecision(id, m1, m1b, "Die Lenkungsgruppe richtet fünf Arbeitsgruppen nach dem Dortmunder Vorbild ein.", DecisionResult.ANGENOMMEN, 4, 0, 0);
        gremien.addTask(id, m1, m1b, "Rollen in den Arbeitsgruppen festlegen", koord, today.minusDays(90));
        gremien.moveMinutes(id, m1, MinutesState.UMLAUF, BASE);
        gremien.moveMinutes(id, m1, MinutesState.GENEHMIGT, BASE);
        gremien.moveMinutes(id, m1, MinutesState.VEROEFFENTLICHT, BASE);
        s.tasksOfMeeting(m1).forEach(t -> s.setTaskStatus(t.id(), de.pflegeregion.network.TaskStatus.ERLEDIGT));

        long m2 = gremien.planMeeting(id, agAusbildung, "1. Sitzung", at(today.minusDays(40), 10), at(today.minusDays(40), 12),
                "Beispiel Berufsfachschule für Pflege, Raum 1", true, false, false, "Aufzug am Seiteneingang", null, true);
        long m2a = s.addAgendaItem(m2, "1", "Aktionstag Pflege an Schulen", true, null);
        s.addAgendaItem(m2, "2", "Praxisanleitung in den Einrichtungen", false, null);
        gremien.invite(id, m2, BASE);
        gremien.markHeld(id, m2);
        for (long p : List.of(schulePerson, dienstPerson)) {
            gremien.recordAttendance(id, m2, p, AttendanceStatus.ANWESEND, null);
        }
        gremien.recordAttendance(id, m2, agenturPerson, AttendanceStatus.ENTSCHULDIGT, null);
        gremien.writeDiscussion(id, m2, m2a, "Ein Aktionstag an zwei Schulen im Frühjahr ist möglich (Beispiel).");
        gremien.addDecision(id, m2, m2a, "Die AG schlägt der Lenkungsgruppe einen Aktionstag Pflege im Frühjahr vor.", DecisionResult.ANGENOMMEN, 2, 0, 0);
        gremien.addTask(id, m2, m2a, "Schulen für den Aktionstag anfragen", schulePerson, today.plusDays(20));
        gremien.moveMinutes(id, m2, MinutesState.UMLAUF, BASE);
        gremien.moveMinutes(id, m2, MinutesState.GENEHMIGT, BASE);
        gremien.moveMinutes(id, m2, MinutesState.VEROEFFENTLICHT, BASE);

        long m3 = gremien.planMeeting(id, agAusbildung, "2. Sitzung", at(today.plusDays(30), 10), at(today.plusDays(30), 12),
                "Beispiel Berufsfachschule für Pflege, Raum 1", true, false, false, "Aufzug am Seiteneingang", null, true);
        s.addAgendaItem(m3, "" + (s.agenda(m3).size() + 1), "Vorbereitung Aktionstag Pflege", true, null);

        Account member = accounts.byUsername("mitglied-paf")
                .orElseGet(() -> accounts.create("mitglied-paf", PASSWORD, Role.MEMBER, id, "Beispielperson Pflegedienst (Demo)", ACTOR));
        s.linkAccount(id, dienstPerson, member.id());
        if (accounts.byUsername("netzwerk-paf").isEmpty()) {
            accounts.create("netzwerk-paf", PASSWORD, Role.NETWORK_COORDINATOR, id, "Netzwerkkoordination Landkreis Pfaffenhofen (Demo)", ACTOR);
        }
        LoggerFactory.getLogger(NetworkDemoData.class).info("Demo network {}: 6 gremien, 3 meetings", paf.name());
    }
}
