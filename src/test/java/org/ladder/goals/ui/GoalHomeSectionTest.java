package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.unique;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.base.ui.HomeView;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.goals.GoalChangeNotice;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultView;
import org.ladder.goals.RevisionEntry;
import org.ladder.goals.workflow.GoalChangeProcess;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;

/** A change to a goal above mine: on the home view and on the goal's page, with "Adjust" and "Acknowledge". */
class GoalHomeSectionTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalQueries queries;
    @Autowired
    LiveUpdates liveUpdates;

    @Test
    void theOwnerBelowSeesTheChangeAndAcknowledgesIt() {
        String run = unique("Change");
        GoalDetails team = fixtures.teamGoal("Team " + run, null);
        GoalDetails mine = fixtures.personalActive("Mine " + run, team.id());

        fixtures.signedIn().as("manager");
        List<KeyResultDraft> raised = team.keyResults().stream().map(KeyResultView::toDraft)
                .map(k -> new KeyResultDraft(k.id(), k.name(), k.type(), k.baseline(), BigDecimal.valueOf(150),
                        k.current(), k.unit(), k.weight()))
                .toList();
        var draft = team.toDraft("The board asked for more");
        fixtures.service().update(team.id(), team.version(), new org.ladder.goals.GoalDraft(draft.level(),
                draft.title(), draft.description(), draft.ownerUnitId(), draft.ownerPersonId(), draft.parentId(),
                draft.contributesTo(), draft.pillar(), draft.periodStart(), draft.periodEnd(), draft.visibility(),
                raised, draft.reason()));
        RevisionEntry change = queries.revisions(team.id()).stream().filter(RevisionEntry::material).findFirst()
                .orElseThrow();
        fixtures.runJobs(GoalChangeProcess.businessKey(change.id()));

        login("employee");
        GoalChangeNotice notice = queries.myGoalChanges().stream().filter(n -> n.goalId() == team.id()).findFirst()
                .orElseThrow();
        navigate("goal/" + team.id());
        _get(Div.class, d -> d.withId("goal-change-" + notice.campaignId())); // also on the goal's page

        navigate("");
        _get(HomeView.class);
        Div banner = _get(Div.class, d -> d.withId("goal-change-" + notice.campaignId()));
        assertThat(_find(banner, ListItem.class).stream().map(ListItem::getText).toList())
                .anySatisfy(t -> assertThat(t).isNotBlank());
        assertThat(banner.getElement().getTextRecursively()).contains("Why: The board asked for more");
        RouterLink adjust = _get(banner, RouterLink.class, l -> l.withId("adjust-" + notice.campaignId() + "-"
                + mine.id()));
        assertThat(adjust.getHref()).isEqualTo("goal/" + mine.id() + "/edit");

        // a live signal while she types her question (a notification, another task) leaves the banner as it is
        TextArea question = _get(banner, TextArea.class);
        question.setValue("Do I keep my target?");
        liveUpdates.changed(List.of(fixtures.personId("employee")));
        MockVaadin.runUIQueue();
        assertThat(_get(Div.class, d -> d.withId("goal-change-" + notice.campaignId()))).isSameAs(banner);
        assertThat(question.getValue()).isEqualTo("Do I keep my target?");

        _get(Button.class, b -> b.withId("acknowledge-goal-change-" + notice.campaignId())).click();
        NotificationsKt.expectNotifications("Thank you: you acknowledged the change to “Team " + run + "”.");
        _assertNone(Div.class, d -> d.withId("goal-change-" + notice.campaignId()));
    }
}
