package org.ladder.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ladder.support.GoalFixtures.numeric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.people.PeopleService;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Planning through {@link GoalPlanning}: the cascade rules, the tree and its roll-up, visibility, concurrent edits. */
@LadderIntegrationTest
class GoalRulesAndTreeTest {

    @Autowired
    GoalPlanning goals;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    OrphanReviews orphans;
    @Autowired
    GoalQueries queries;
    @Autowired
    GoalFixtures fixtures;
    @Autowired
    PeopleService people;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aGoalCannotLadderUpToItselfOrToItsOwnDescendantAtAnyDepth() {
        GoalDetails company = fixtures.activeCompanyGoal("Loop company goal");
        List<Long> units = unitsAboveTeam();
        signedIn.as("hr");
        GoalDetails top = active(goals.create(GoalFixtures.unit("Loop division goal", units.get(2), company.id())));
        GoalDetails middle = active(goals.create(GoalFixtures.unit("Loop department goal", units.get(1), top.id())));
        GoalDetails bottom = active(goals.create(GoalFixtures.unit("Loop team goal", units.get(0), middle.id(),
                numeric("Tickets", 0, 10, 0, 100))));

        GoalDetails reloaded = queries.goal(top.id());
        assertThatThrownBy(() -> goals.update(top.id(), reloaded.version(), withParent(reloaded, top.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("parent", "A goal cannot ladder up to itself."));
        assertThatThrownBy(() -> goals.update(top.id(), reloaded.version(), withParent(reloaded, bottom.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("parent"))
                        .contains("already ladders up to this goal"));
        GoalDetails after = queries.goal(top.id());
        assertThat(after.version()).isEqualTo(reloaded.version());
        assertThat(after.parent().id()).isEqualTo(company.id());
    }

    @Test
    void theCascadeRulesAreCheckedWithClearMessagesAndNothingIsSaved() {
        GoalDetails company = fixtures.activeCompanyGoal("Rules company goal");
        GoalDetails team = fixtures.activeTeamGoal("Rules team goal", company.id());
        long employee = fixtures.personId("employee");
        signedIn.as("employee");
        GoalDetails mine = goals.create(GoalFixtures.personal("Rules personal goal", employee, team.id(),
                numeric("Reviews", 0, 4, 0, 100)));

        GoalDraft underPersonal = GoalFixtures.personal("Under a personal goal", employee, mine.id(),
                numeric("X", 0, 1, 0, 100));
        assertThatThrownBy(() -> goals.create(underPersonal)).isInstanceOf(ValidationException.class);

        signedIn.as("manager");
        GoalDraft unitUnderOwnUnit = GoalFixtures.unit("Sideways", fixtures.teamUnitId(), team.id());
        assertThatThrownBy(() -> goals.create(unitUnderOwnUnit)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get("parent")).contains("a unit above it"));

        signedIn.as("employee");
        GoalDraft badWeights = GoalFixtures.personal("Bad weights", employee, team.id(),
                numeric("A", 0, 1, 0, 50), numeric("B", 0, 1, 0, 40));
        assertThatThrownBy(() -> goals.create(badWeights)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get("keyResults")).contains("add up to 90"));

        GoalDraft backwards = new GoalDraft(GoalLevel.PERSONAL, " ", null, null, employee, team.id(), List.of(), null,
                GoalFixtures.END, GoalFixtures.START, Visibility.PUBLIC, List.of(), null);
        assertThatThrownBy(() -> goals.create(backwards)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("title", "periodEnd"));

        signedIn.as("manager");
        GoalDetails reloadedTeam = queries.goal(team.id());
        goals.abandon(team.id(), reloadedTeam.version(), "Merged into another goal");
        signedIn.as("employee");
        GoalDraft underAbandoned = GoalFixtures.personal("Under abandoned", employee, team.id(),
                numeric("X", 0, 1, 0, 100));
        assertThatThrownBy(() -> goals.create(underAbandoned)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get("parent")).contains("abandoned and accepts no new goals"));
        assertThat(queries.searchVisible("Under abandoned", 10)).isEmpty();
        assertThat(queries.searchVisible("Bad weights", 10)).isEmpty();
    }

    @Test
    void nobodyAlignsToAGoalTheyCannotSeeOrBelowAnAchievedGoal() {
        GoalDetails team = fixtures.activeTeamGoal("Visibility rule team goal", null);
        long employee = fixtures.personId("employee");
        signedIn.as("employee");
        GoalDraft privateDraft = GoalFixtures.personal("Emma's private aim", employee, team.id(),
                numeric("Books", 0, 3, 0, 100));
        GoalDetails secret = goals.create(new GoalDraft(privateDraft.level(), privateDraft.title(), null, null,
                employee, team.id(), List.of(), null, privateDraft.periodStart(), privateDraft.periodEnd(),
                Visibility.PRIVATE, privateDraft.keyResults(), null));

        String outsider = outsiderUsername();
        long outsiderId = fixtures.personId(outsider);
        signedIn.as(outsider);
        GoalDraft contributing = GoalFixtures.personal("Helps a goal I cannot see", outsiderId, null,
                numeric("X", 0, 1, 0, 100));
        GoalDraft withHiddenLink = new GoalDraft(contributing.level(), contributing.title(), null, null, outsiderId,
                null, List.of(secret.id()), null, contributing.periodStart(), contributing.periodEnd(),
                Visibility.PUBLIC, contributing.keyResults(), null);
        assertThatThrownBy(() -> goals.create(withHiddenLink)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get("contributesTo")).isEqualTo("There is no such goal you can see."));
        GoalDraft underNothing = GoalFixtures.personal("Under a goal that does not exist", outsiderId, 987_654_321L,
                numeric("X", 0, 1, 0, 100));
        assertThatThrownBy(() -> goals.create(underNothing)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get("parent")).contains("no such goal you can see"));
        assertThat(queries.searchVisible("Helps a goal I cannot see", 5)).isEmpty();

        signedIn.as("manager");
        goals.achieve(team.id(), queries.goal(team.id()).version(), "Done early");
        signedIn.as("employee");
        assertThatThrownBy(() -> goals.create(GoalFixtures.personal("Under an achieved goal", employee, team.id(),
                numeric("X", 0, 1, 0, 100)))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("parent")).contains("achieved and accepts no new goals"));
    }

    @Test
    void progressRollsUpThroughGoalsWithoutKeyResults() {
        GoalDetails company = fixtures.activeCompanyGoal("Roll-up company goal");
        List<Long> units = unitsAboveTeam();
        signedIn.as("hr");
        GoalDetails department = active(goals.create(GoalFixtures.unit("Roll-up department goal", units.get(1),
                company.id())));
        GoalDetails teamA = active(goals.create(GoalFixtures.unit("Roll-up team goal A", units.get(0),
                department.id(), numeric("Releases", 0, 10, 0, 100))));
        GoalDetails teamB = active(goals.create(GoalFixtures.unit("Roll-up team goal B", units.get(0),
                department.id(), numeric("Incidents down", 10, 0, 10, 100))));

        goals.updateProgress(teamA.id(), queries.goal(teamA.id()).version(),
                Map.of(teamA.keyResults().get(0).id(), new BigDecimal("5")), "Half way");
        assertThat(queries.goal(teamA.id()).progress()).isEqualTo(50.0);
        assertThat(queries.goal(department.id()).progress()).isEqualTo(25.0);
        assertThat(queries.goal(company.id()).progress()).isEqualTo(25.0);

        goals.updateProgress(teamB.id(), queries.goal(teamB.id()).version(),
                Map.of(teamB.keyResults().get(0).id(), new BigDecimal("0")), null);
        assertThat(queries.goal(department.id()).progress()).isEqualTo(75.0);
        assertThat(queries.goal(company.id()).progress()).isEqualTo(75.0);

        goals.abandon(teamB.id(), queries.goal(teamB.id()).version(), "No longer relevant");
        assertThat(queries.goal(department.id()).progress()).isEqualTo(50.0);
        assertThat(queries.revisions(teamA.id())).first().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("PROGRESS");
            assertThat(r.changes()).containsExactly("“Releases”: 0 → 5");
            assertThat(r.reason()).isEqualTo("Half way");
            assertThat(r.actorName()).isEqualTo("Hannah Reyes");
        });
    }

    @Test
    void aPrivateGoalIsSeenOnlyByItsOwnerTheManagerChainAndHr() {
        GoalDetails team = fixtures.activeTeamGoal("Private test team goal", null);
        long employee = fixtures.personId("employee");
        signedIn.as("employee");
        GoalDraft draft = GoalFixtures.personal("My private development goal", employee, team.id(),
                numeric("Courses", 0, 2, 0, 100));
        GoalDetails secret = goals.create(new GoalDraft(draft.level(), draft.title(), null, null, employee,
                team.id(), List.of(), null, draft.periodStart(), draft.periodEnd(), Visibility.PRIVATE,
                draft.keyResults(), null));

        String outsider = outsiderUsername();
        signedIn.as(outsider);
        assertThatThrownBy(() -> queries.goal(secret.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.revisions(secret.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.update(secret.id(), secret.version(), draft))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.children(treeNode(team.id()), GoalFilter.NONE, 0, 50))
                .noneMatch(n -> secret.id() == n.goalId());
        assertThat(queries.searchVisible("My private development goal", 10)).isEmpty();

        for (String allowed : List.of("employee", "manager", "ceo", "hr")) {
            signedIn.as(allowed);
            assertThat(queries.goal(secret.id()).title()).isEqualTo("My private development goal");
            assertThat(queries.children(treeNode(team.id()), GoalFilter.NONE, 0, 50))
                    .anyMatch(n -> secret.id() == n.goalId());
        }
    }

    @Test
    void twoEditorsOfOneGoalNeverOverwriteEachOther() {
        GoalDetails team = fixtures.activeTeamGoal("Concurrency team goal", null);
        long employee = fixtures.personId("employee");
        signedIn.as("employee");
        GoalDetails created = goals.create(GoalFixtures.personal("Shared goal", employee, team.id(),
                numeric("Demos", 0, 3, 0, 100)));
        GoalDetails loadedByEmployee = queries.goal(created.id());
        signedIn.as("manager");
        GoalDetails loadedByManager = queries.goal(created.id());

        goals.update(created.id(), loadedByManager.version(), retitled(loadedByManager, "The manager's title"));
        signedIn.as("employee");
        assertThatThrownBy(() -> goals.update(created.id(), loadedByEmployee.version(),
                retitled(loadedByEmployee, "The employee's title")))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("reload");
        assertThat(queries.goal(created.id()).title()).isEqualTo("The manager's title");
    }

    @Test
    void twoEditorsSavingAtTheSameMomentGetOneWinnerAndOneConflict() throws Exception {
        GoalDetails team = fixtures.activeTeamGoal("Race team goal", null);
        long employee = fixtures.personId("employee");
        signedIn.as("employee");
        GoalDetails created = goals.create(GoalFixtures.personal("Raced goal", employee, team.id(),
                numeric("Demos", 0, 3, 0, 100)));
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (String editor : List.of("employee", "manager")) {
                results.add(pool.submit(() -> {
                    signedIn.as(editor);
                    try {
                        start.await();
                        goals.update(created.id(), created.version(), retitled(created, "Title by " + editor));
                        return "saved by " + editor;
                    } catch (ConcurrentEditException e) {
                        return "conflict";
                    } finally {
                        signedIn.nobody();
                    }
                }));
            }
            List<String> outcomes = new java.util.ArrayList<>();
            for (var f : results) {
                outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("conflict");
            String winner = outcomes.stream().filter(o -> o.startsWith("saved by ")).findFirst().orElseThrow()
                    .substring("saved by ".length());
            signedIn.as("employee");
            GoalDetails after = queries.goal(created.id());
            assertThat(after.title()).isEqualTo("Title by " + winner);
            assertThat(after.version()).isEqualTo(created.version() + 1);
            assertThat(queries.revisions(created.id())).filteredOn(r -> r.kind().equals("EDITED")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void goalsWithoutAParentOrBelowAnAbandonedGoalAreOrphansAndShowInTheTree() {
        GoalDetails company = fixtures.activeCompanyGoal("Orphan test company goal");
        GoalDetails team = fixtures.activeTeamGoal("Orphan test team goal", company.id());
        assertThat(team.isOrphan()).isFalse();
        GoalDetails loose = fixtures.activeTeamGoal("Loose team goal", null);
        assertThat(loose.isOrphan()).isTrue();

        signedIn.as("ceo");
        goals.abandon(company.id(), queries.goal(company.id()).version(), "Strategy changed");
        signedIn.as("employee");
        assertThat(queries.goal(team.id()).isOrphan()).isTrue();
        List<GoalNode> orphans = queries.children(GoalNode.orphans(), GoalFilter.NONE, 0, 500);
        assertThat(orphans).extracting(GoalNode::goalId).contains(team.id(), loose.id());
        assertThat(orphans).allMatch(GoalNode::orphan);
    }

    @Test
    void theTreeRunsFromTheMissionThroughPillarsToPersonalGoalsAndFilters() {
        GoalDetails company = fixtures.activeCompanyGoal("Tree company goal");
        GoalDetails team = fixtures.activeTeamGoal("Tree team goal", company.id());
        long employee = fixtures.personId("employee");
        signedIn.as("employee");
        GoalDetails mine = goals.create(GoalFixtures.personal("Tree personal goal", employee, team.id(),
                numeric("Pairing sessions", 0, 10, 0, 100)));

        List<GoalNode> roots = queries.children(null, GoalFilter.NONE, 0, 10);
        assertThat(roots).extracting(GoalNode::kind).containsExactly(GoalNode.Kind.MISSION, GoalNode.Kind.ORPHANS);
        List<GoalNode> pillars = queries.children(roots.get(0), GoalFilter.NONE, 0, 10);
        GoalNode pillar = pillars.stream().filter(p -> GoalFixtures.PILLAR.equals(p.pillar())).findFirst()
                .orElseThrow();
        List<GoalNode> companyGoals = queries.children(pillar, GoalFilter.NONE, 0, 500);
        GoalNode companyNode = companyGoals.stream().filter(n -> n.goalId() == company.id()).findFirst().orElseThrow();
        assertThat(companyNode.hasChildren()).isTrue();
        assertThat(companyNode.ownerName()).isEqualTo("Company");
        GoalNode teamNode = queries.children(companyNode, GoalFilter.NONE, 0, 50).get(0);
        assertThat(teamNode.goalId()).isEqualTo(team.id());
        assertThat(teamNode.ownerName()).isEqualTo("Core Services");
        assertThat(queries.children(teamNode, GoalFilter.NONE, 0, 50)).extracting(GoalNode::goalId)
                .containsExactly(mine.id());
        assertThat(queries.countChildren(teamNode, GoalFilter.NONE)).isEqualTo(1);

        GoalFilter byEmployee = new GoalFilter(null, employee, null, null, null);
        assertThat(queries.children(pillar, byEmployee, 0, 500)).extracting(GoalNode::goalId).contains(company.id());
        assertThat(queries.children(companyNode, byEmployee, 0, 50)).extracting(GoalNode::goalId)
                .containsExactly(team.id());
        GoalFilter drafts = new GoalFilter(fixtures.teamUnitId(), null, GoalStatus.DRAFT, null, null);
        assertThat(queries.children(teamNode, drafts, 0, 50)).extracting(GoalNode::goalId).containsExactly(mine.id());
        GoalFilter achieved = new GoalFilter(null, employee, GoalStatus.ACHIEVED, null, null);
        assertThat(queries.children(companyNode, achieved, 0, 50)).isEmpty();
    }

    @Test
    void myLadderShowsEachGoalWithItsChainUpToTheMission() {
        GoalDetails company = fixtures.activeCompanyGoal("Ladder company goal");
        GoalDetails team = fixtures.activeTeamGoal("Ladder team goal", company.id());
        long employee = fixtures.personId("employee");
        signedIn.as("employee");
        GoalDetails mine = goals.create(GoalFixtures.personal("Ladder personal goal", employee, team.id(),
                numeric("Talks", 0, 2, 0, 100)));

        LadderEntry entry = queries.myLadder().stream().filter(e -> e.goal().goalId() == mine.id()).findFirst()
                .orElseThrow();
        assertThat(entry.chain()).extracting(GoalNode::title).containsExactly("Ladder team goal",
                "Ladder company goal", GoalFixtures.PILLAR, queries.children(null, GoalFilter.NONE, 0, 1).get(0)
                        .title());
        signedIn.as("manager");
        assertThat(queries.myLadder()).anyMatch(e -> e.goal().goalId() == team.id());
    }

    private GoalDetails active(GoalDetails g) {
        return goals.activate(g.id(), g.version());
    }

    private List<Long> unitsAboveTeam() {
        return people.unitChain(fixtures.teamUnitId());
    }

    private String outsiderUsername() {
        signedIn.as("hr");
        return people.directory("", false, 0, 200).stream()
                .filter(p -> !List.of("employee", "manager", "hr").contains(p.email().split("@")[0]))
                .filter(p -> !people.managerChain(fixtures.personId("employee")).contains(p.id()))
                .map(p -> people.usernameOf(p.id()).orElseThrow())
                .filter(u -> !u.equals("employee") && !u.equals("hr") && !u.equals("admin"))
                .findFirst().orElseThrow();
    }

    private static GoalNode treeNode(long goalId) {
        return new GoalNode(GoalNode.Kind.GOAL, "goal:" + goalId, goalId, "", GoalLevel.UNIT, null, null, null, null,
                null, 0, null, null, false, false, false, true);
    }

    private static GoalDraft withParent(GoalDetails d, long parentId) {
        GoalDraft x = d.toDraft("Moving");
        return new GoalDraft(x.level(), x.title(), x.description(), x.ownerUnitId(), x.ownerPersonId(), parentId,
                x.contributesTo(), x.pillar(), x.periodStart(), x.periodEnd(), x.visibility(), x.keyResults(),
                x.reason());
    }

    private static GoalDraft retitled(GoalDetails d, String title) {
        GoalDraft x = d.toDraft(null);
        return new GoalDraft(x.level(), title, x.description(), x.ownerUnitId(), x.ownerPersonId(), x.parentId(),
                x.contributesTo(), x.pillar(), x.periodStart(), x.periodEnd(), x.visibility(), x.keyResults(), null);
    }
}
