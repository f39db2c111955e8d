package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.unique;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.TeamGoals;
import org.ladder.goals.Visibility;
import org.ladder.notifications.FreshPeople;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;

/**
 * "Team goals": a manager sees every goal of the people reporting to them and of the units they lead in one list,
 * awaiting approval first, searchable by title; nobody else's; someone without a team is told so.
 */
class TeamGoalsViewTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    TeamGoals teamGoals;

    @Test
    void aManagerSeesTheTeamsGoalsAwaitingApprovalFirstAndCanSearchThem() {
        String run = unique("Team list");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        GoalDetails unit = fixtures.teamGoal("Unit " + run, company.id());
        GoalDetails draft = fixtures.personalDraft("employee", "Draft " + run, unit.id(), Visibility.PRIVATE);
        GoalDetails submitted = fixtures.personalSubmitted("employee", "Submitted " + run, unit.id());
        login("manager");
        navigate("team-goals");
        TeamGoalsView view = _get(TeamGoalsView.class);

        view.search.setValue(run);
        List<String> titles = titles(view);
        assertThat(titles).containsExactlyInAnyOrder("Unit " + run, "Draft " + run, "Submitted " + run);
        assertThat(titles.get(0)).isEqualTo("Submitted " + run); // awaiting approval first
        assertThat(titles).doesNotContain("Company " + run); // not the team's: the company's

        view.awaiting.setValue(true);
        assertThat(titles(view)).containsExactly("Submitted " + run);
        assertThat(view.count.getText()).isEqualTo("1 goal");

        view.awaiting.setValue(false);
        view.search.setValue("Draft " + run);
        assertThat(titles(view)).containsExactly("Draft " + run);
        assertThat(submitted.id()).isNotEqualTo(draft.id());

        view.search.setValue("nothing like this " + run);
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.getText()).isEqualTo("No team goal matches these filters.");
    }

    @Test
    void theListHoldsOnlyTheCallersTeamWhateverTheFilterSays() {
        String run = unique("Outsider");
        FreshPeople.Team other = freshPeople.team();
        GoalDetails outsider = fixtures.personalDraft(other.kim().username(), "Outsider " + run, null,
                Visibility.PUBLIC);
        signedIn.as("manager");
        var rows = teamGoals.page(new TeamGoals.Filter(run, null, outsider.ownerPersonId(), false), 0, 50);
        assertThat(rows).isEmpty();
        signedIn.as(other.lead().username());
        assertThat(teamGoals.page(new TeamGoals.Filter(run, null, null, false), 0, 50))
                .extracting(r -> r.goal().title()).containsExactly("Outsider " + run);
    }

    @Test
    void someoneWithoutATeamIsToldSoAndAnEmployeeMayNotOpenIt() {
        FreshPeople.Team team = freshPeople.team();
        login(team.kim().username());
        signedIn.as(team.kim().username());
        assertThat(teamGoals.hasTeam()).isFalse();
        login("employee");
        navigate("team-goals");
        _assertNone(TeamGoalsView.class);
    }

    private static List<String> titles(TeamGoalsView view) {
        int n = GridKt._size(view.grid);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> GridKt._get(view.grid, i).goal().title()).toList();
    }

}
