package de.pflegeregion.network.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.pflegeregion.network.ActorGroup;
import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.DecisionResult;
import de.pflegeregion.network.GremiumType;
import de.pflegeregion.network.MemberRole;
import de.pflegeregion.network.MinutesState;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * A fresh county with a network: a Lenkungsgruppe and an AG; a coordinator, a member (Protokoll in the AG) and a
 * member of the Lenkungsgruppe only; a public meeting of the AG held with published minutes (a public and a
 * non-public TOP), an internal meeting, and another county with its own coordinator and network.
 */
final class NetworkFixture {

    static final String PASSWORD = "Sicheres-Test-Passwort-1";

    final Tenant county;
    final Tenant other;
    final Account coordinator;
    final Account member;
    final Account otherGremiumMember;
    final Account otherCoordinator;
    final Account planner;
    final Account admin;
    final Account provider;
    final long institution;
    final long lenkungsgruppe;
    final long ag;
    final long protokollant;
    final long consenting;
    final long withoutConsent;
    final long lgMember;
    final long publicMeeting;
    final long internalMeeting;
    final long publicItem;
    final long internalItem;
    final long otherMeeting;

    NetworkFixture(Tenants tenants, Accounts accounts, Gremien gremien) {
        NetworkStore store = gremien.store();
        String s = UUID.randomUUID().toString().substring(0, 8);
        county = tenants.create("netz-" + s, "Landkreis Netz " + s, "09186");
        other = tenants.create("netz-anders-" + s, "Landkreis Anders " + s, "09162");
        coordinator = accounts.create("koord-" + s, PASSWORD, Role.NETWORK_COORDINATOR, county.id(), "Koordination", "test");
        member = accounts.create("mitglied-" + s, PASSWORD, Role.MEMBER, county.id(), "Mitglied", "test");
        otherGremiumMember = accounts.create("lg-" + s, PASSWORD, Role.MEMBER, county.id(), "LG-Mitglied", "test");
        otherCoordinator = accounts.create("koord-anders-" + s, PASSWORD, Role.NETWORK_COORDINATOR, other.id(), "Koordination anders", "test");
        planner = accounts.create("nplan-" + s, PASSWORD, Role.PLANNER, county.id(), "Planung", "test");
        admin = accounts.create("nadmin-" + s, PASSWORD, Role.COUNTY_ADMIN, county.id(), "Verwaltung", "test");
        provider = accounts.create("nanb-" + s, PASSWORD, Role.PROVIDER, county.id(), "Anbieter", "test");

        institution = store.createInstitution(county.id(), "Beispiel-Pflegedienst " + s, ActorGroup.AMBULANTER_DIENST, "09186143", null);
        lenkungsgruppe = store.createGremium(county.id(), "Lenkungsgruppe " + s, GremiumType.LENKUNGSGRUPPE, null, null, "1", null, null);
        ag = store.createGremium(county.id(), "AG Ausbildung " + s, GremiumType.ARBEITSGRUPPE, lenkungsgruppe, "Ausbildung", "2", null, null);
        protokollant = store.createPerson(county.id(), "Beispiel Protokoll " + s, "protokoll-" + s + "@example.org", null, true, true, List.of(institution));
        consenting = store.createPerson(county.id(), "Beispiel Öffentlich " + s, "oeffentlich-" + s + "@example.org", null, true, true, List.of());
        withoutConsent = store.createPerson(county.id(), "Beispiel Geheim " + s, "geheim-" + s + "@example.org", "0841 999", false, true, List.of());
        lgMember = store.createPerson(county.id(), "Beispiel Lenkung " + s, null, null, false, false, List.of());
        store.linkAccount(county.id(), protokollant, member.id());
        store.linkAccount(county.id(), lgMember, otherGremiumMember.id());
        LocalDate since = LocalDate.of(2020, 1, 1);
        store.addMembership(ag, protokollant, institution, MemberRole.PROTOKOLL, true, null, since, null);
        store.addMembership(ag, consenting, null, MemberRole.MITGLIED, true, null, since, null);
        store.addMembership(ag, withoutConsent, null, MemberRole.MITGLIED, true, null, since, null);
        store.addMembership(lenkungsgruppe, lgMember, null, MemberRole.VORSITZ, true, null, since, null);

        Instant start = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        publicMeeting = gremien.planMeeting(county.id(), ag, "1. Sitzung " + s, start, start.plus(2, ChronoUnit.HOURS),
                "Landratsamt, Saal 1", true, false, false, null, null, true);
        publicItem = store.addAgendaItem(publicMeeting, "1", "Ausbildungsmesse", true, null);
        internalItem = store.addAgendaItem(publicMeeting, "2", "Personalfrage Geheim", false, null);
        gremien.invite(county.id(), publicMeeting, "http://localhost");
        gremien.markHeld(county.id(), publicMeeting);
        gremien.recordAttendance(county.id(), publicMeeting, consenting, AttendanceStatus.ANWESEND, null);
        gremien.recordAttendance(county.id(), publicMeeting, withoutConsent, AttendanceStatus.ANWESEND, null);
        gremien.recordAttendance(county.id(), publicMeeting, protokollant, AttendanceStatus.ENTSCHULDIGT, null);
        gremien.writeDiscussion(county.id(), publicMeeting, publicItem, "Die Messe findet im Herbst statt.");
        gremien.writeDiscussion(county.id(), publicMeeting, internalItem, "Vertrauliche Diskussion Geheim");
        gremien.addDecision(county.id(), publicMeeting, publicItem, "Die AG richtet eine Ausbildungsmesse aus.", DecisionResult.ANGENOMMEN, 2, 0, 0);
        gremien.addDecision(county.id(), publicMeeting, internalItem, "Vertraulicher Beschluss Geheim", DecisionResult.ANGENOMMEN, null, null, null);
        gremien.addTask(county.id(), publicMeeting, publicItem, "Messestände anfragen", protokollant, LocalDate.now().plusDays(30));
        gremien.moveMinutes(county.id(), publicMeeting, MinutesState.UMLAUF, "http://localhost");
        gremien.moveMinutes(county.id(), publicMeeting, MinutesState.GENEHMIGT, "http://localhost");
        gremien.moveMinutes(county.id(), publicMeeting, MinutesState.VEROEFFENTLICHT, "http://localhost");

        Instant next = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        internalMeeting = gremien.planMeeting(county.id(), ag, "2. Sitzung intern " + s, next, next.plus(2, ChronoUnit.HOURS),
                null, false, false, false, null, "https://video.example/raum", false);

        long otherGremium = store.createGremium(other.id(), "Lenkungsgruppe anders " + s, GremiumType.LENKUNGSGRUPPE, null, null, null, null, null);
        otherMeeting = gremien.planMeeting(other.id(), otherGremium, "Sitzung anders " + s, next, next.plus(1, ChronoUnit.HOURS),
                "Rathaus", false, false, false, null, null, false);
    }

    static RequestPostProcessor as(Account account) {
        return user(account.username()).roles(account.roles().stream().map(Role::name).toArray(String[]::new));
    }
}
