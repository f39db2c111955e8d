package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.unique;

import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.Visibility;
import org.ladder.notifications.FreshPeople;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** "My ladder": each of my goals with its chain up to the mission; orphans say so; an empty start. */
class MyLadderViewTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    FreshPeople freshPeople;

    @Test
    void eachGoalShowsItsChainUpToThePillarAndTheMission() {
        String run = unique("Ladder");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        GoalDetails team = fixtures.teamGoal("Team " + run, company.id());
        GoalDetails mine = fixtures.personalDraft("employee", "Mine " + run, team.id(), Visibility.PUBLIC);
        login("employee");
        navigate("ladder");
        _get(MyLadderView.class);

        Div card = _get(Div.class, d -> d.withId("ladder-goal-" + mine.id()));
        var links = _find(card, RouterLink.class).stream().map(RouterLink::getText).toList();
        assertThat(links).containsSubsequence("Mine " + run, "Team " + run, "Company " + run);
        var steps = _find(card, Div.class, d -> d.withClasses("ladder-step"));
        assertThat(steps).hasSizeGreaterThanOrEqualTo(4); // team, company, pillar, mission
        assertThat(steps.get(steps.size() - 2).getClassNames()).contains("ladder-step-pillar");
        assertThat(steps.get(steps.size() - 1).getClassNames()).contains("ladder-step-mission");
        assertThat(_find(steps.get(steps.size() - 2), Span.class).stream().map(Span::getText))
                .contains(company.pillar());
        assertThat(_find(card, Div.class, d -> d.withId("ladder-orphan-" + mine.id()))).isEmpty();
    }

    @Test
    void anOrphanGoalWarnsAndLinksToAligningIt() {
        String run = unique("Lonely");
        GoalDetails mine = fixtures.personalDraft("employee", "Lonely " + run, null, Visibility.PRIVATE);
        login("employee");
        navigate("ladder");
        Div warning = _get(Div.class, d -> d.withId("ladder-orphan-" + mine.id()));
        RouterLink align = _get(warning, RouterLink.class);
        assertThat(align.getText()).isEqualTo("Align it to a goal");
        assertThat(align.getHref()).isEqualTo("goal/" + mine.id() + "/edit");
        Div card = _get(Div.class, d -> d.withId("ladder-goal-" + mine.id()));
        assertThat(_find(card, Span.class).stream().map(Span::getText)).contains("Orphan", "Private");
    }

    @Test
    void someoneWithoutGoalsIsInvitedToDraftTheFirst() {
        FreshPeople.Team team = freshPeople.team();
        login(team.kim().username());
        navigate("ladder");
        _get(Div.class, d -> d.withId("ladder-empty"));
        _get(Button.class, b -> b.withId("draft-first-goal")).click();
        GoalEditorView editor = _get(GoalEditorView.class);
        assertThat(editor.form.level.getValue()).isEqualTo(GoalLevel.PERSONAL);
        assertThat(editor.form.ownerPerson.getValue().displayName()).isEqualTo(team.kim().name());
    }
}
