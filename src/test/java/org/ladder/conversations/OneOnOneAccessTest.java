package org.ladder.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.notifications.FreshPeople;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonEdit;
import org.ladder.people.PersonEditing;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and changes a 1:1: its manager and report work on it; the report's manager chain and HR read it; a
 * colleague and anyone else see nothing. Private notes are their writer's alone, whoever asks.
 */
@LadderIntegrationTest
class OneOnOneAccessTest {

    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    OneOnOneQueries queries;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    PeopleService people;
    @Autowired
    PersonEditing editing;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theTwoWorkOnTheirOneOnOneTheChainAndHrReadItAColleagueSeesNothing() {
        FreshPeople.Team team = freshPeople.team();
        signedIn.as(team.lead().username());
        long id = oneOnOnes.open(team.jon().id()).orElseThrow();
        long topic = oneOnOnes.addTopic(id, "Your first month");
        oneOnOnes.addNote(id, "Jon settles in well.", true);
        oneOnOnes.addAction(id, "Pick a mentor", team.jon().id(), LocalDate.now().plusDays(3));

        signedIn.as(team.jon().username());
        assertThat(oneOnOnes.open(team.jon().id())).contains(id);
        oneOnOnes.addTopic(id, "Access to the data warehouse");
        OneOnOnePage jon = queries.page(id);
        long version = jon.agenda().get(0).version();
        assertThat(jon.mayWork()).isTrue();
        assertThat(jon.mayHold()).isFalse();
        assertThat(jon.agenda()).extracting(OneOnOnePage.Topic::text)
                .containsExactly("Your first month", "Access to the data warehouse");
        assertThat(jon.notes()).extracting(OneOnOnePage.Note::text).containsExactly("Jon settles in well.");
        assertThat(jon.actions()).extracting(OneOnOnePage.Action::ownerName).containsExactly(team.jon().name());
        assertThatThrownBy(() -> oneOnOnes.hold(id, jon.version(), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);

        // a colleague reporting to the same manager
        signedIn.as(team.kim().username());
        assertThatThrownBy(() -> queries.page(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> oneOnOnes.open(team.jon().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> oneOnOnes.addTopic(id, "Nosy")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.goalsOf(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.oneOnOnesOf(team.jon().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> oneOnOnes.setDiscussed(topic, version, true))
                .isInstanceOf(AccessDeniedException.class);
        // someone elsewhere in the organisation
        signedIn.as("employee");
        assertThatThrownBy(() -> queries.page(id)).isInstanceOf(AccessDeniedException.class);

        // HR reads, and changes nothing
        signedIn.as("hr");
        OneOnOnePage hr = queries.page(id);
        assertThat(hr.mayWork()).isFalse();
        assertThat(hr.agenda()).hasSize(2);
        assertThatThrownBy(() -> oneOnOnes.addTopic(id, "HR's topic")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> oneOnOnes.addNote(id, "HR's note", true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> oneOnOnes.setDiscussed(topic, version, true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theManagerChainAboveReadsButDoesNotWork() {
        signedIn.as("manager");
        long employeeId = people.findByUsername("employee").orElseThrow().id();
        long id = oneOnOnes.open(employeeId).orElseThrow();
        String words = "Chain test " + System.nanoTime();
        oneOnOnes.addTopic(id, words);
        long skipLevel = people.managerChain(employeeId).get(1);
        signedIn.as(people.usernameOf(skipLevel).orElseThrow());
        OneOnOnePage page = queries.page(id);
        assertThat(page.mayWork()).isFalse();
        assertThat(page.agenda()).extracting(OneOnOnePage.Topic::text).contains(words);
        assertThat(oneOnOnes.open(employeeId)).contains(id);
        assertThatThrownBy(() -> oneOnOnes.addTopic(id, "From above")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPrivateNoteIsReadByItsWriterAloneNotByTheOtherTheChainOrHr() {
        FreshPeople.Team team = freshPeople.team();
        signedIn.as(team.jon().username());
        long id = oneOnOnes.open(team.jon().id()).orElseThrow();
        oneOnOnes.addNote(id, "Jon's private worry", false);
        oneOnOnes.addNote(id, "Jon's shared note", true);
        assertThat(queries.page(id).notes()).extracting(OneOnOnePage.Note::text)
                .containsExactly("Jon's private worry", "Jon's shared note");

        signedIn.as(team.lead().username());
        oneOnOnes.addNote(id, "Lead's private reminder", false);
        assertThat(queries.page(id).notes()).extracting(OneOnOnePage.Note::text)
                .containsExactly("Jon's shared note", "Lead's private reminder");
        long privateNote = queries.page(id).notes().get(1).id();
        OneOnOnePage beforeHold = queries.page(id);
        oneOnOnes.hold(id, beforeHold.version(), LocalDate.now());

        signedIn.as("hr");
        OneOnOnePage hr = queries.page(id);
        assertThat(hr.notes()).isEmpty();
        assertThat(hr.meetings()).hasSize(1);
        assertThat(hr.meetings().get(0).notes()).extracting(OneOnOnePage.Note::text)
                .containsExactly("Jon's shared note");

        signedIn.as(team.jon().username());
        assertThat(queries.page(id).meetings().get(0).notes()).extracting(OneOnOnePage.Note::text)
                .containsExactly("Jon's private worry", "Jon's shared note");
        assertThatThrownBy(() -> oneOnOnes.editNote(privateNote, 0, "Reading it anyway", false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewManagerGetsANewOneOnOneAndTheOldOneStaysReadableButClosed() {
        FreshPeople.Team team = freshPeople.team();
        signedIn.as(team.lead().username());
        long old = oneOnOnes.open(team.jon().id()).orElseThrow();
        oneOnOnes.addTopic(old, "Before the move");

        signedIn.as("hr");
        PersonEdit jon = editing.load(team.jon().id());
        editing.update(new PersonEdit(jon.personId(), jon.version(), jon.externalId(), jon.firstName(),
                jon.lastName(), jon.email(), jon.jobTitle(), jon.unitId(), people.findByUsername("manager").orElseThrow().id(), jon.roles(),
                jon.active()));
        assertThat(queries.page(old).current()).isFalse();

        signedIn.as("manager");
        long fresh = oneOnOnes.open(team.jon().id()).orElseThrow();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(queries.page(fresh).agenda()).isEmpty();
        // the new manager is now the report's chain: they read the old 1:1, and change nothing in it
        assertThat(queries.page(old).mayWork()).isFalse();
        assertThatThrownBy(() -> oneOnOnes.addTopic(old, "New manager's topic"))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as(team.jon().username());
        OneOnOnePage kept = queries.page(old);
        assertThat(kept.mayWork()).isFalse();
        assertThat(kept.agenda()).extracting(OneOnOnePage.Topic::text).containsExactly("Before the move");
        assertThat(queries.oneOnOnesOf(team.jon().id())).extracting(OneOnOneSummary::oneOnOneId)
                .containsExactlyInAnyOrder(old, fresh);
        assertThatThrownBy(() -> oneOnOnes.addTopic(old, "After the move"))
                .isInstanceOf(AccessDeniedException.class);

        // the former manager no longer reads it
        signedIn.as(team.lead().username());
        assertThatThrownBy(() -> queries.page(old)).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.myReports(0, 50)).extracting(OneOnOneSummary::reportId)
                .doesNotContain(team.jon().id()).contains(team.kim().id());
    }

    @Test
    void theManagersListShowsEachReportWithLastHeldDateOpenActionsAndTopicsWaiting() {
        FreshPeople.Team team = freshPeople.team();
        signedIn.as(team.lead().username());
        long id = oneOnOnes.open(team.jon().id()).orElseThrow();
        long discussed = oneOnOnes.addTopic(id, "Done already");
        oneOnOnes.addTopic(id, "Still to talk about");
        oneOnOnes.addAction(id, "Open item", team.lead().id(), null);
        oneOnOnes.setDiscussed(discussed, 0, true);
        oneOnOnes.hold(id, queries.page(id).version(), LocalDate.now().minusDays(1));

        List<OneOnOneSummary> rows = queries.myReports(0, 50);
        assertThat(rows).extracting(OneOnOneSummary::reportName)
                .containsExactlyInAnyOrder(team.jon().name(), team.kim().name());
        OneOnOneSummary jon = rows.stream().filter(r -> r.reportId() == team.jon().id()).findFirst().orElseThrow();
        assertThat(jon.lastHeldOn()).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(jon.openActions()).isEqualTo(1);
        assertThat(jon.topicsWaiting()).isEqualTo(1);
        OneOnOneSummary kim = rows.stream().filter(r -> r.reportId() == team.kim().id()).findFirst().orElseThrow();
        assertThat(kim.oneOnOneId()).isNull();
        assertThat(queries.hasOneOnOnes()).isTrue();

        signedIn.as(team.jon().username());
        assertThat(queries.withMyManager()).get().extracting(OneOnOneSummary::oneOnOneId).isEqualTo(id);
        assertThat(queries.myReports(0, 50)).isEmpty();
    }
}
