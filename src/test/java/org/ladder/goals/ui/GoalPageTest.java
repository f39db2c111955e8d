package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.unique;

import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.Visibility;
import org.ladder.notifications.FreshPeople;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;

/** The goal page: facts, key results, children, history, actions; private goals stay private by URL. */
class GoalPageTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    GoalQueries queries;

    @Test
    void showsTheGoalItsKeyResultsParentAndChildren() {
        String run = unique("Page");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        GoalDetails team = fixtures.teamGoal("Team " + run, company.id());
        fixtures.personalDraft("employee", "Mine " + run, team.id(), Visibility.PUBLIC);
        login("manager");
        navigate("goal/" + team.id());
        GoalPage page = _get(GoalPage.class);
        assertThat(_get(H2.class, h -> h.withId("goal-title")).getText()).isEqualTo("Team " + run);
        assertThat(_get(Span.class, s -> s.withId("goal-status")).getText()).isEqualTo("Active");
        Div parent = _get(Div.class, d -> d.withId("goal-parent"));
        assertThat(_get(parent, RouterLink.class).getText()).isEqualTo("Company " + run);
        assertThat(_size(_get(Grid.class, g -> g.withId("goal-key-results")))).isEqualTo(1);
        assertThat(_size(_get(Grid.class, g -> g.withId("goal-children")))).isEqualTo(1);
        assertThat(_find(Div.class, d -> d.withClasses("ladder-history-entry"))).isNotEmpty();
        assertThat(page.actions.getChildren().map(c -> c.getId().orElse("")))
                .contains("goal-edit", "goal-update-progress", "goal-achieve", "goal-abandon")
                .doesNotContain("goal-activate", "goal-submit");
    }

    @Test
    void anotherPersonOpeningAPrivateGoalByUrlIsDeniedButTheManagerMayRead() {
        GoalDetails secret = fixtures.personalDraft("employee", unique("Secret"), null, Visibility.PRIVATE);
        FreshPeople.Team strangers = freshPeople.team();
        login(strangers.jon().username());
        navigate("goal/" + secret.id());
        _assertNone(GoalPage.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AccessDeniedView.class);
        navigate("goal/" + secret.id() + "/edit");
        _assertNone(GoalEditorView.class);

        login("manager");
        navigate("goal/" + secret.id());
        _get(GoalPage.class);
        assertThat(_get(Div.class, d -> d.withId("goal-markers")).getChildren().map(c -> ((Span) c).getText()))
                .contains("Private", "Orphan");
    }

    @Test
    void abandoningNeedsAReasonAndIsKeptInTheHistory() {
        GoalDetails team = fixtures.teamGoal(unique("Abandon"), null);
        login("manager");
        navigate("goal/" + team.id());
        _get(Button.class, b -> b.withId("goal-abandon")).click();
        _get(Button.class, b -> b.withId("goal-reason-confirm")).click();
        TextArea reason = _get(TextArea.class, t -> t.withId("goal-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(queries.goal(team.id()).status()).isEqualTo(GoalStatus.ACTIVE);

        reason.setValue("The team's priorities moved.");
        _get(Button.class, b -> b.withId("goal-reason-confirm")).click();
        NotificationsKt.expectNotifications("The goal was abandoned. The people below it are told.");
        assertThat(_get(Span.class, s -> s.withId("goal-status")).getText()).isEqualTo("Abandoned");
        assertThat(_find(Span.class, s -> s.withClasses("ladder-history-reason")).stream().map(Span::getText))
                .contains("Why: The team's priorities moved.");
        _assertNone(Button.class, b -> b.withId("goal-abandon"));
    }

    @Test
    void progressIsUpdatedInADialog() {
        GoalDetails team = fixtures.teamGoal(unique("Progress"), null);
        login("manager");
        navigate("goal/" + team.id());
        _get(Button.class, b -> b.withId("goal-update-progress")).click();
        long krId = team.keyResults().get(0).id();
        _get(com.vaadin.flow.component.textfield.BigDecimalField.class, f -> f.withId("kr-current-" + krId))
                .setValue(java.math.BigDecimal.valueOf(40));
        _get(Button.class, b -> b.withId("goal-progress-save")).click();
        NotificationsKt.expectNotifications("Progress saved: 40%.");
        assertThat(queries.goal(team.id()).progress()).isEqualTo(40.0);
    }

    @Test
    void aPersonalDraftIsSubmittedForApproval() {
        GoalDetails team = fixtures.teamGoal(unique("Parent"), null);
        GoalDetails mine = fixtures.personalDraft("employee", unique("Submit me"), team.id(), Visibility.PUBLIC);
        login("employee");
        navigate("goal/" + mine.id());
        _get(Button.class, b -> b.withId("goal-submit")).click();
        NotificationsKt.expectNotifications("Sent to your manager for approval.");
        assertThat(_get(Span.class, s -> s.withId("goal-status")).getText()).isEqualTo("Awaiting approval");
        _assertNone(Button.class, b -> b.withId("goal-submit"));
    }
}
