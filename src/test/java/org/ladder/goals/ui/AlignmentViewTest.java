package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalFilter;
import org.ladder.goals.GoalNode;
import org.ladder.goals.GoalQueries;
import org.ladder.people.PeopleService;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;

/** The alignment tree: lazy levels, the goal page on click, markers and filters. */
class AlignmentViewTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalQueries queries;
    @Autowired
    PeopleService people;
    @Autowired
    org.ladder.notifications.FreshPeople freshPeople;

    static int rowOf(TreeGrid<GoalNode> tree, Predicate<GoalNode> p) {
        int n = _size(tree);
        for (int i = 0; i < n; i++) {
            if (p.test(_get(tree, i))) {
                return i;
            }
        }
        return -1;
    }

    static Predicate<GoalNode> goal(long id) {
        return n -> n.goalId() != null && n.goalId() == id;
    }

    static GoalNode expand(TreeGrid<GoalNode> tree, Predicate<GoalNode> p) {
        int row = rowOf(tree, p);
        assertThat(row).as("row to expand").isNotNegative();
        GoalNode node = _get(tree, row);
        tree.expand(node);
        return node;
    }

    static List<String> texts(Component c) {
        return _find(c, Span.class).stream().map(Span::getText).toList();
    }

    @Test
    void aLinkToAGoalOpensTheTreeDownToItAndSelectsIt() {
        String run = unique("Path");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        GoalDetails team = fixtures.teamGoal("Team " + run, company.id());
        GoalDetails mine = fixtures.personalDraft("employee", "Mine " + run, team.id(),
                org.ladder.goals.Visibility.PUBLIC);
        login("employee");
        com.vaadin.flow.component.UI.getCurrent().navigate(AlignmentView.class,
                com.vaadin.flow.router.QueryParameters.of("goal", String.valueOf(mine.id())));
        AlignmentView view = _get(AlignmentView.class);

        assertThat(view.tree.getSelectedItems()).extracting(GoalNode::goalId).containsExactly(mine.id());
        int row = rowOf(view.tree, goal(mine.id()));
        assertThat(row).as("the goal's row is loaded: its chain is expanded").isNotNegative();
        assertThat(rowOf(view.tree, goal(team.id()))).isLessThan(row);
        assertThat(rowOf(view.tree, goal(company.id()))).isLessThan(rowOf(view.tree, goal(team.id())));
        var path = queries.pathTo(mine.id(), GoalFilter.NONE).orElseThrow();
        assertThat(path.nodes()).extracting(GoalNode::kind).containsExactly(GoalNode.Kind.MISSION,
                GoalNode.Kind.PILLAR, GoalNode.Kind.GOAL, GoalNode.Kind.GOAL, GoalNode.Kind.GOAL);
        GoalNode pillar = path.nodes().get(1);
        assertThat(queries.children(pillar, GoalFilter.NONE, path.indexes()[2], 1)).extracting(GoalNode::goalId)
                .containsExactly(company.id());
        assertThat(queries.children(path.nodes().get(3), GoalFilter.NONE, path.indexes()[4], 1))
                .extracting(GoalNode::goalId).containsExactly(mine.id());
    }

    @Test
    void theMissionIsOpenAndEachLevelLoadsOnlyWhenExpanded() {
        String run = unique("Tree");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        GoalDetails team = fixtures.teamGoal("Team " + run, company.id());
        login("employee");
        navigate("alignment");
        AlignmentView view = _get(AlignmentView.class);

        GoalNode mission = _get(view.tree, 0);
        assertThat(mission.kind()).isEqualTo(GoalNode.Kind.MISSION);
        assertThat(view.tree.isExpanded(mission)).isTrue();
        long roots = queries.countChildren(null, GoalFilter.NONE);
        long pillars = queries.countChildren(mission, GoalFilter.NONE);
        assertThat(_size(view.tree)).isEqualTo((int) (roots + pillars));
        assertThat(rowOf(view.tree, goal(company.id()))).isNegative(); // not loaded before its pillar opens

        int before = _size(view.tree);
        GoalNode pillar = expand(view.tree, n -> n.kind() == GoalNode.Kind.PILLAR
                && company.pillar().equals(n.pillar()));
        assertThat(_size(view.tree)).isEqualTo(before + (int) queries.countChildren(pillar, GoalFilter.NONE));
        assertThat(rowOf(view.tree, goal(team.id()))).isNegative();

        expand(view.tree, goal(company.id()));
        int teamRow = rowOf(view.tree, goal(team.id()));
        assertThat(teamRow).isPositive();
        assertThat(_get(view.tree, teamRow).ownerName()).isEqualTo("Core Services");
    }

    @Test
    void clickingAGoalOpensItsPage() {
        String run = unique("Click");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        login("employee");
        navigate("alignment");
        AlignmentView view = _get(AlignmentView.class);
        expand(view.tree, n -> n.kind() == GoalNode.Kind.PILLAR && company.pillar().equals(n.pillar()));
        _clickItem(view.tree, rowOf(view.tree, goal(company.id())));
        _get(GoalPage.class);
        assertThat(_get(H2.class, s -> s.withId("goal-title")).getText()).isEqualTo("Company " + run);
    }

    @Test
    void orphanAndAtRiskGoalsAreMarked() {
        String run = unique("Markers");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        int year = LocalDate.now().getYear();
        GoalDetails late = fixtures.teamGoal("Late " + run, company.id(), LocalDate.of(year - 2, 1, 1),
                LocalDate.of(year, 12, 31));
        GoalDetails orphan = fixtures.teamGoal("Orphan " + run, null);
        login("employee");
        navigate("alignment");
        AlignmentView view = _get(AlignmentView.class);

        expand(view.tree, n -> n.kind() == GoalNode.Kind.ORPHANS);
        int orphanRow = rowOf(view.tree, goal(orphan.id()));
        assertThat(_get(view.tree, orphanRow).orphan()).isTrue();
        assertThat(texts(_getCellComponent(view.tree, orphanRow, "markers"))).contains("Orphan");

        expand(view.tree, n -> n.kind() == GoalNode.Kind.PILLAR && company.pillar().equals(n.pillar()));
        expand(view.tree, goal(company.id()));
        int lateRow = rowOf(view.tree, goal(late.id()));
        assertThat(_get(view.tree, lateRow).atRisk()).isTrue();
        assertThat(texts(_getCellComponent(view.tree, lateRow, "markers"))).contains("At risk");
        assertThat(texts(_getCellComponent(view.tree, lateRow, "markers"))).doesNotContain("Orphan");
        assertThat(texts(_getCellComponent(view.tree, lateRow, "status"))).contains("Active");
    }

    @Test
    void filtersNarrowTheTreeAndSayWhenNothingMatches() {
        String run = unique("Filter");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        GoalDetails team = fixtures.teamGoal("Team " + run, company.id());
        login("employee");
        navigate("alignment");
        AlignmentView view = _get(AlignmentView.class);
        int thisYear = LocalDate.now().getYear();

        view.unit.setValue(people.searchUnits("Core Services", 0, 1).get(0));
        assertThat(view.filter().unitId()).isEqualTo(people.searchUnits("Core Services", 0, 1).get(0).id());
        expand(view.tree, n -> n.kind() == GoalNode.Kind.PILLAR && company.pillar().equals(n.pillar()));
        expand(view.tree, goal(company.id())); // shown: a goal of Core Services is below it
        assertThat(rowOf(view.tree, goal(team.id()))).isPositive();

        view.year.setValue(thisYear - 2);
        view.quarter.setValue(2);
        assertThat(view.filter().from()).isEqualTo(LocalDate.of(thisYear - 2, 4, 1));
        assertThat(view.filter().to()).isEqualTo(LocalDate.of(thisYear - 2, 6, 30));
        assertThat(rowOf(view.tree, goal(company.id()))).isNegative();
        assertThat(rowOf(view.tree, goal(team.id()))).isNegative();

        view.unit.setValue(people.searchUnits("Workplace IT", 0, 1).get(0));
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("No goals match these filters.");

        _get(com.vaadin.flow.component.button.Button.class, b -> b.withId("clear-filters")).click();
        assertThat(view.filter().isEmpty()).isTrue();
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void atAPhonesWidthTheFiltersFoldAwayAndTheTreeKeepsTitleAndProgress() {
        login("employee");
        navigate("alignment");
        AlignmentView view = _get(AlignmentView.class);

        view.fitColumns(390);
        assertThat(view.tree.getColumnByKey("period").isVisible()).isFalse();
        assertThat(view.tree.getColumnByKey("markers").isVisible()).isFalse();
        assertThat(view.tree.getColumnByKey("status").isVisible()).isFalse();
        assertThat(view.tree.getColumnByKey("title").isVisible()).isTrue();
        assertThat(view.filters.hasClassName("ladder-filters-open")).isFalse();
        view.filtersToggle.click();
        assertThat(view.filters.hasClassName("ladder-filters-open")).isTrue();
        assertThat(view.filtersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        view.fitColumns(1400);
        assertThat(view.tree.getColumnByKey("period").isVisible()).isTrue();
        assertThat(view.tree.getColumnByKey("markers").isVisible()).isTrue();
    }

    @Test
    void expandAllOpensEveryLevelAndFindingAGoalOpensTheTreeDownToIt() {
        String run = unique("Expand");
        GoalDetails company = fixtures.companyGoal("Company " + run);
        GoalDetails team = fixtures.teamGoal("Team " + run, company.id());
        var kim = freshPeople.team().kim();
        GoalDetails mine = fixtures.personalDraft(kim.username(), "Mine " + run, team.id(),
                org.ladder.goals.Visibility.PUBLIC);
        login("employee");
        navigate("alignment");
        AlignmentView view = _get(AlignmentView.class);
        // the shared test database holds many goals: narrow the tree to one person's chain, as a user would
        view.person.setValue(people.summaries(List.of(kim.id())).get(0));

        view.expandAll.click();
        assertThat(rowOf(view.tree, goal(mine.id()))).isPositive();

        view.collapseAll.click();
        assertThat(rowOf(view.tree, goal(mine.id()))).isNegative();

        view.find.setValue(new org.ladder.goals.GoalRef(mine.id(), mine.title(), mine.level(), mine.status(),
                mine.ownerName(), 0));
        assertThat(rowOf(view.tree, goal(mine.id()))).isPositive();
        assertThat(view.tree.getSelectedItems()).extracting(GoalNode::goalId).containsExactly(mine.id());
    }
}
