package de.pflegeregion.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Quorum, the state machines of meetings and minutes, and open tasks carried to the next agenda. */
class NetworkRulesTest {

    @Test
    void quorumNeedsMoreThanHalfOfTheVotingMembersPresentOrRepresented() {
        // 7 voting members: 4 needed; 3 present + 1 represented by the deputy = 4
        Quorum q = Quorum.of(Arrays.asList(AttendanceStatus.ANWESEND, AttendanceStatus.ANWESEND, AttendanceStatus.ANWESEND,
                AttendanceStatus.VERTRETEN, AttendanceStatus.ENTSCHULDIGT, AttendanceStatus.ABWESEND, null));
        assertThat(q.votingMembers()).isEqualTo(7);
        assertThat(q.votingPresent()).isEqualTo(4);
        assertThat(q.needed()).isEqualTo(4);
        assertThat(q.reached()).isTrue();
    }

    @Test
    void exactlyHalfIsNoQuorumAndAGremiumWithoutVotingMembersCannotDecide() {
        assertThat(new Quorum(6, 3).reached()).isFalse();
        assertThat(new Quorum(6, 4).reached()).isTrue();
        assertThat(new Quorum(6, 3).needed()).isEqualTo(4);
        assertThat(new Quorum(0, 0).reached()).isFalse();
        assertThat(Quorum.of(List.of(AttendanceStatus.ENTSCHULDIGT)).reached()).isFalse();
    }

    @Test
    void excusedAndAbsentDoNotCount() {
        assertThat(AttendanceStatus.ENTSCHULDIGT.counts()).isFalse();
        assertThat(AttendanceStatus.ABWESEND.counts()).isFalse();
        assertThat(AttendanceStatus.VERTRETEN.counts()).isTrue();
    }

    @Test
    void aMeetingIsPlannedInvitedAndHeldOrCancelledAndThenFinal() {
        assertThat(MeetingState.TERMINIERT.to(MeetingState.EINGELADEN)).isEqualTo(MeetingState.EINGELADEN);
        assertThat(MeetingState.EINGELADEN.to(MeetingState.DURCHGEFUEHRT)).isEqualTo(MeetingState.DURCHGEFUEHRT);
        assertThat(MeetingState.TERMINIERT.to(MeetingState.ABGESAGT)).isEqualTo(MeetingState.ABGESAGT);
        assertThatThrownBy(() -> MeetingState.TERMINIERT.to(MeetingState.DURCHGEFUEHRT)).isInstanceOf(IllegalStateChange.class)
                .hasMessageContaining("terminiert").hasMessageContaining("durchgeführt");
        for (MeetingState s : MeetingState.values()) {
            assertThatThrownBy(() -> MeetingState.ABGESAGT.to(s)).isInstanceOf(IllegalStateChange.class);
            assertThatThrownBy(() -> MeetingState.DURCHGEFUEHRT.to(s)).isInstanceOf(IllegalStateChange.class);
        }
    }

    @Test
    void minutesGoDraftCirculatedApprovedPublishedAndOnlyTheDraftIsEditable() {
        MinutesState s = MinutesState.ENTWURF.to(MinutesState.UMLAUF).to(MinutesState.GENEHMIGT).to(MinutesState.VEROEFFENTLICHT);
        assertThat(s).isEqualTo(MinutesState.VEROEFFENTLICHT);
        assertThat(MinutesState.UMLAUF.to(MinutesState.ENTWURF)).isEqualTo(MinutesState.ENTWURF);
        assertThatThrownBy(() -> MinutesState.ENTWURF.to(MinutesState.VEROEFFENTLICHT)).isInstanceOf(IllegalStateChange.class);
        assertThatThrownBy(() -> MinutesState.ENTWURF.to(MinutesState.GENEHMIGT)).isInstanceOf(IllegalStateChange.class);
        assertThat(Arrays.stream(MinutesState.values()).filter(MinutesState::editable)).containsExactly(MinutesState.ENTWURF);
    }

    @Test
    void openTasksBecomeNumberedTopsByDueDateOnceEach() {
        List<TaskCarryOver.OpenTask> tasks = List.of(
                new TaskCarryOver.OpenTask(1, "Flyer drucken", "Beispiel A", LocalDate.of(2027, 3, 1), TaskStatus.OFFEN),
                new TaskCarryOver.OpenTask(2, "Raum buchen", null, LocalDate.of(2027, 2, 1), TaskStatus.IN_ARBEIT),
                new TaskCarryOver.OpenTask(3, "Erledigtes", null, LocalDate.of(2027, 1, 1), TaskStatus.ERLEDIGT),
                new TaskCarryOver.OpenTask(4, "Schon drauf", null, LocalDate.of(2027, 1, 1), TaskStatus.OFFEN),
                new TaskCarryOver.OpenTask(5, "Ohne Frist", null, null, TaskStatus.OFFEN));
        List<TaskCarryOver.CarriedItem> items = TaskCarryOver.itemsFor(tasks, Set.of(4L), 3);
        assertThat(items).containsExactly(
                new TaskCarryOver.CarriedItem("4", "Offene Aufgabe: Raum buchen", 2),
                new TaskCarryOver.CarriedItem("5", "Offene Aufgabe: Flyer drucken (Beispiel A)", 1),
                new TaskCarryOver.CarriedItem("6", "Offene Aufgabe: Ohne Frist", 5));
        // applied again with the carried ones known, nothing is added twice
        assertThat(TaskCarryOver.itemsFor(tasks, Set.of(1L, 2L, 4L, 5L), 6)).isEmpty();
    }

    @Test
    void aPersonsNameIsPublicOnlyWithConsent() {
        Person without = new Person(1, 1, "Beispiel Person", null, null, false, true, "t", null, List.of(), null, null, false);
        Person with = new Person(2, 1, "Beispiel Person", null, null, true, true, "u", null, List.of(), null, null, false);
        assertThat(without.publicName()).doesNotContain("Beispiel");
        assertThat(with.publicName()).isEqualTo("Beispiel Person");
    }
}
