package org.ladder.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.HomeView;
import org.ladder.support.CharterFixtures;
import org.ladder.support.GoalFixtures;
import org.ladder.support.KaribuTest;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;

/** Home is personal: what is mine to do first, my goals, and for a manager the team's state; the charter once. */
class MyWorkHomeSectionTest extends KaribuTest {

    @Autowired
    CharterFixtures fixtures;
    @Autowired
    GoalFixtures goals;

    @Test
    void anEmployeeSeesWhatIsTheirsToDoAndTheirGoalsButNoTeam() {
        long id = fixtures.publish("Personal home " + System.nanoTime());
        login("employee");
        navigate("");
        _get(HomeView.class);
        Div todo = _get(Div.class, d -> d.withId("my-todo"));
        assertThat(_find(todo, ListItem.class)).anySatisfy(i -> assertThat(i.getElement().getTextRecursively())
                .isEqualTo("Acknowledge Charter version " + fixtures.numberOf(id)));
        _get(Div.class, d -> d.withId("my-goals-home"));
        _assertNone(Div.class, d -> d.withId("my-team-state"));
        // the charter appears once: its mission is shown a single time, under the banner
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, p -> p.withId("charter-mission"))).hasSize(1);
        // the sections come in order: to do first
        assertThat(_find(H3.class).get(0).getText()).isEqualTo("To do");
    }

    @Test
    void aManagerSeesTheTeamsState() {
        long id = fixtures.publish("Manager home " + System.nanoTime());
        login("manager");
        navigate("");
        Div team = _get(Div.class, d -> d.withId("my-team-state"));
        assertThat(_get(team, RouterLink.class, l -> l.withId("my-team-acknowledgements")).getText())
                .startsWith("Charter version " + fixtures.numberOf(id) + ": 0 of ");
    }

    @Test
    void theDrafterIsNotAskedToAcknowledgeWhatSheWrote() {
        long id = fixtures.publish("Written by the CEO " + System.nanoTime());
        login(CharterFixtures.DRAFTER);
        navigate("");
        _assertNone(Div.class, d -> d.withId("acknowledge-banner"));
        assertThat(_find(_get(Div.class, d -> d.withId("my-todo")), ListItem.class))
                .noneSatisfy(i -> assertThat(i.getElement().getTextRecursively())
                        .contains("Charter version " + fixtures.numberOf(id)));
    }

    /** A task on Home reads as what to do and what it is about, without the role the reader has anyway. */
    @Test
    void aTaskOnHomeSaysWhatToDoAndWhatItIsAbout() {
        GoalDetails team = goals.teamGoal(GoalFixtures.unique("Home parent"), null);
        GoalDetails mine = goals.personalSubmitted("employee", GoalFixtures.unique("Home revise"), team.id());
        goals.runJobs(GoalApprovalProcess.businessKey(mine.id()));
        signedIn.as("manager");
        goals.approvals().returnForChanges(goals.approvalTask(mine.id()).getId(), "Which quarter?");
        signedIn.nobody();
        goals.runJobs(GoalApprovalProcess.businessKey(mine.id()));

        login("employee");
        navigate("");
        assertThat(_find(_get(Div.class, d -> d.withId("my-todo")), ListItem.class))
                .anySatisfy(i -> assertThat(i.getElement().getTextRecursively())
                        .startsWith("Revise the returned goal “" + mine.title() + "” — Emma Lindqvist"));
    }
}
