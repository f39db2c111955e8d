package org.ladder.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ladder.checkins.CheckInDraft;
import org.ladder.checkins.CheckInForm;
import org.ladder.checkins.CheckInQueries;
import org.ladder.checkins.CheckIns;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultView;
import org.ladder.people.OrgImportService;
import org.ladder.people.PeopleService;
import org.springframework.stereotype.Component;

/**
 * A fresh team for check-in tests, so that no other test's goals or check-ins get in the way: an imported unit
 * with its head (the manager, Ines) and two reports (Jon, who checks in, and Kim, a colleague); active goals of
 * Jon's, planned and approved by Ines; check-in drafts built from the form as a person sees it.
 */
@Component
public class CheckInFixtures {

    public record Team(String manager, long managerId, String person, long personId, String colleague,
            long colleagueId, long unitId) {
    }

    private final OrgImportService imports;
    private final PeopleService people;
    private final GoalPlanning goals;
    private final CheckIns checkIns;
    private final CheckInQueries queries;
    private final SignedIn signedIn;

    CheckInFixtures(OrgImportService imports, PeopleService people, GoalPlanning goals, CheckIns checkIns,
            CheckInQueries queries, SignedIn signedIn) {
        this.imports = imports;
        this.people = people;
        this.goals = goals;
        this.checkIns = checkIns;
        this.queries = queries;
        this.signedIn = signedIn;
    }

    /** Imports a new team (as HR); signs the test out afterwards. */
    public Team freshTeam() {
        String run = CsvFiles.runId();
        signedIn.as("hr");
        try {
            imports.apply(CsvFiles.goodFile(run));
            String prefix = run.toLowerCase();
            String manager = prefix + ".ines@import.example";
            String person = prefix + ".jon@import.example";
            String colleague = prefix + ".kim@import.example";
            long jon = people.findByUsername(person).orElseThrow().id();
            return new Team(manager, people.findByUsername(manager).orElseThrow().id(), person, jon, colleague,
                    people.findByUsername(colleague).orElseThrow().id(),
                    people.findByUsername(person).orElseThrow().unitId());
        } finally {
            signedIn.nobody();
        }
    }

    /** An active personal goal of the team's person, drafted and submitted by their manager (active at once). */
    public GoalDetails activeGoal(Team team, String title, Long parentId, KeyResultDraft... keyResults) {
        signedIn.as(team.manager());
        try {
            GoalDraftBuilder b = GoalDraftBuilder.personal(team.personId(), title).under(parentId);
            if (keyResults.length > 0) {
                b.keyResults(keyResults);
            }
            GoalDetails draft = goals.create(b.build());
            return goals.submit(draft.id(), draft.version());
        } finally {
            signedIn.nobody();
        }
    }

    /** An active goal of the team's unit measured by the goals below it, by the unit's head (the manager). */
    public GoalDetails activeUnitGoal(Team team, String title) {
        signedIn.as(team.manager());
        try {
            GoalDetails draft = goals.create(GoalDraftBuilder.unit(team.unitId(), title).keyResults().build());
            return goals.activate(draft.id(), draft.version());
        } finally {
            signedIn.nobody();
        }
    }

    /**
     * The check-in the signed-in person's form would send with nothing changed (every value as it is, on track),
     * then {@code change} applied per goal.
     */
    public CheckInDraft draft(Function<GoalDetails, CheckInDraft.GoalEntry> change, Integer pulse, String line) {
        CheckInForm form = queries.form();
        return new CheckInDraft(form.goals().stream().map(change).toList(), pulse, line);
    }

    /** A goal's entry with its values as they are now, or as {@code values} (by key-result name) say. */
    public static CheckInDraft.GoalEntry entry(GoalDetails goal, Confidence confidence, Map<String, String> values) {
        Map<Long, BigDecimal> byId = new LinkedHashMap<>();
        for (KeyResultView kr : goal.keyResults()) {
            String given = values.get(kr.name());
            byId.put(kr.id(), given == null ? kr.current() : new BigDecimal(given));
        }
        return new CheckInDraft.GoalEntry(goal.id(), goal.version(), byId, confidence, null, null);
    }

    /** Checks in as {@code username} on every active goal with nothing changed, on track. */
    public long checkInUnchanged(String username) {
        signedIn.as(username);
        try {
            return checkIns.submit(draft(g -> entry(g, Confidence.ON_TRACK, Map.of()), null, null));
        } finally {
            signedIn.nobody();
        }
    }

    public static List<KeyResultDraft> none() {
        return List.of();
    }
}
