package org.ladder.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ladder.support.GoalFixtures.numeric;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ValidationException;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may plan which goals, and what editors are offered. */
@LadderIntegrationTest
class GoalPlanningTest {

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
    void onlyLeadershipAndHrPlanCompanyGoalsAndOnlyForAPillarOfTheCharter() {
        fixtures.charterPublished();
        signedIn.as("employee");
        assertThat(queries.mayCreate(GoalLevel.COMPANY)).isFalse();
        assertThatThrownBy(() -> goals.create(GoalFixtures.company("Employee's company goal")))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("ceo");
        assertThat(queries.pillars()).contains(GoalFixtures.PILLAR);
        GoalDraft unknownPillar = new GoalDraft(GoalLevel.COMPANY, "Unknown pillar goal", null, null, null, null,
                List.of(), "Moonshots", GoalFixtures.START, GoalFixtures.END, Visibility.PUBLIC, List.of(), null);
        assertThatThrownBy(() -> goals.create(unknownPillar)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get("pillar")).contains("not a pillar of the current charter"));
    }

    @Test
    void managersPlanTheirOwnUnitsAndTheUnitsBelowNotOthers() {
        signedIn.as("manager");
        List<OrgUnitNode> mine = queries.unitsIPlanFor();
        assertThat(mine).extracting(OrgUnitNode::id).containsExactly(fixtures.teamUnitId());
        long otherUnit = people.unitChain(fixtures.teamUnitId()).get(1);
        assertThatThrownBy(() -> goals.create(GoalFixtures.unit("Department goal by a team lead", otherUnit, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("owner"));
        signedIn.as("employee");
        assertThat(queries.unitsIPlanFor()).isEmpty();
        assertThat(queries.mayCreate(GoalLevel.UNIT)).isFalse();
        signedIn.as("hr");
        assertThat(queries.unitsIPlanFor()).hasSizeGreaterThan(10);
    }

    @Test
    void anEmployeePlansOwnGoalsButNotAColleaguesAndAlignsOnlyToActiveUnitOrCompanyGoals() {
        GoalDetails company = fixtures.activeCompanyGoal("Planning company goal");
        GoalDetails team = fixtures.activeTeamGoal("Planning team goal", company.id());
        signedIn.as("manager");
        GoalDetails draftTeamGoal = goals.create(GoalFixtures.unit("Planning draft team goal", fixtures.teamUnitId(),
                company.id()));
        long colleague = people.directReports(fixtures.personId("manager"), 0, 50).stream()
                .filter(p -> p.id() != fixtures.personId("employee")).findFirst().orElseThrow().id();

        signedIn.as("employee");
        assertThatThrownBy(() -> goals.create(GoalFixtures.personal("For a colleague", colleague, team.id(),
                numeric("X", 0, 1, 0, 100)))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("owner")).contains("yourself"));
        List<GoalRef> candidates = queries.parentCandidates(GoalLevel.PERSONAL, null, "Planning", 50);
        assertThat(candidates).extracting(GoalRef::id).contains(team.id(), company.id())
                .doesNotContain(draftTeamGoal.id());
        assertThatThrownBy(() -> goals.create(GoalFixtures.personal("Under a draft", fixtures.personId("employee"),
                draftTeamGoal.id(), numeric("X", 0, 1, 0, 100)))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("parent")).contains("still a draft"));
    }

    @Test
    void aMaterialChangeOfAnActiveGoalNeedsAReasonAndIsKeptAsARevision() {
        GoalDetails company = fixtures.activeCompanyGoal("Revision company goal");
        GoalDetails team = fixtures.activeTeamGoal("Revision team goal", company.id(),
                numeric("Deploys", 0, 20, 0, 100));
        long employee = fixtures.personId("employee");
        signedIn.as("employee");
        goals.create(GoalFixtures.personal("Revision personal goal", employee, team.id(), numeric("X", 0, 1, 0, 100)));

        signedIn.as("manager");
        GoalDetails loaded = queries.goal(team.id());
        GoalDraft raised = raiseTarget(loaded, 30, null);
        assertThatThrownBy(() -> goals.update(team.id(), loaded.version(), raised))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(queries.goal(team.id()).keyResults().get(0).target()).isEqualByComparingTo("20");

        GoalDetails relabelled = goals.update(team.id(), loaded.version(), new GoalDraft(GoalLevel.UNIT,
                "Revision team goal (renamed)", "More detail", loaded.ownerUnitId(), null, company.id(), List.of(), null,
                loaded.periodStart(), loaded.periodEnd(), Visibility.PUBLIC,
                loaded.keyResults().stream().map(KeyResultView::toDraft).toList(), null));
        assertThat(relabelled.title()).isEqualTo("Revision team goal (renamed)");
        RevisionEntry latest = queries.revisions(team.id()).get(0);
        assertThat(latest.material()).isFalse();
        assertThat(latest.changes()).contains("Title: “Revision team goal” → “Revision team goal (renamed)”",
                "Description changed");
        assertThat(latest.actorName()).isEqualTo("Marco Rossi");
    }

    @Test
    void aGoalTheApproverSubmitsOrChangesNeedsNoApprovalFromThemselves() {
        GoalDetails team = fixtures.activeTeamGoal("Approver's own change team goal", null);
        long employee = fixtures.personId("employee");
        signedIn.as("manager");
        GoalDetails drafted = goals.create(GoalFixtures.personal("Drafted by the manager for Emma", employee, team.id(),
                numeric("Demos", 0, 4, 0, 100)));
        GoalDetails active = goals.submit(drafted.id(), drafted.version());
        assertThat(active.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(active.approval()).isEqualTo(ApprovalState.APPROVED);

        GoalDetails raised = goals.update(active.id(), active.version(), raiseTarget(active, 6, "More demos"));
        assertThat(raised.approval()).isEqualTo(ApprovalState.APPROVED);
        assertThat(raised.keyResults().get(0).target()).isEqualByComparingTo("6");
        assertThat(queries.revisions(active.id()).get(0).changes())
                .anyMatch(line -> line.startsWith("Approved at once: Marco Rossi"));
    }

    static GoalDraft raiseTarget(GoalDetails d, int target, String reason) {
        List<KeyResultDraft> krs = d.keyResults().stream().map(k -> new KeyResultDraft(k.id(), k.name(), k.type(),
                k.baseline(), java.math.BigDecimal.valueOf(target), k.current(), k.unit(), k.weight())).toList();
        GoalDraft x = d.toDraft(reason);
        return new GoalDraft(x.level(), x.title(), x.description(), x.ownerUnitId(), x.ownerPersonId(), x.parentId(),
                x.contributesTo(), x.pillar(), x.periodStart(), x.periodEnd(), x.visibility(), krs, reason);
    }
}
