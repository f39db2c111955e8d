package org.ladder.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;

/**
 * The one way tests write a new goal: valid defaults (this year's period, one key result weighted 100, public, the
 * fixture charter's pillar for company goals), and a method for each thing a test cares about.
 * {@code GoalDraftBuilder.personal(emma, "Ship it").under(teamGoal).privately().build()}. To change a saved goal,
 * start from {@code details.toDraft(reason)} and its {@code with…} methods.
 */
public final class GoalDraftBuilder {

    /** The pillar the fixture charter publishes (see {@link GoalFixtures#charterPublished()}). */
    public static final String PILLAR = "Customers";

    private final GoalLevel level;
    private final String title;
    private String description;
    private Long ownerUnitId;
    private Long ownerPersonId;
    private Long parentId;
    private List<Long> contributesTo = List.of();
    private String pillar;
    private LocalDate start = LocalDate.now().withDayOfYear(1);
    private LocalDate end = LocalDate.now().withMonth(12).withDayOfMonth(31);
    private Visibility visibility = Visibility.PUBLIC;
    private List<KeyResultDraft> keyResults = List.of(keyResult("Releases shipped", 4));
    private String reason;

    private GoalDraftBuilder(GoalLevel level, String title) {
        this.level = level;
        this.title = title;
    }

    public static GoalDraftBuilder company(String title) {
        GoalDraftBuilder b = new GoalDraftBuilder(GoalLevel.COMPANY, title);
        b.pillar = PILLAR;
        return b;
    }

    public static GoalDraftBuilder unit(long unitId, String title) {
        GoalDraftBuilder b = new GoalDraftBuilder(GoalLevel.UNIT, title);
        b.ownerUnitId = unitId;
        return b;
    }

    public static GoalDraftBuilder personal(long personId, String title) {
        GoalDraftBuilder b = new GoalDraftBuilder(GoalLevel.PERSONAL, title);
        b.ownerPersonId = personId;
        return b;
    }

    /** A numeric key result from 0 to {@code target}, weighted 100. */
    public static KeyResultDraft keyResult(String name, int target) {
        return new KeyResultDraft(null, name, KeyResultType.NUMERIC, BigDecimal.ZERO, BigDecimal.valueOf(target),
                BigDecimal.ZERO, null, 100);
    }

    public GoalDraftBuilder description(String text) {
        this.description = text;
        return this;
    }

    /** Ladders up to {@code goalId} (null: to nothing, an orphan unless a company goal). */
    public GoalDraftBuilder under(Long goalId) {
        this.parentId = goalId;
        return this;
    }

    public GoalDraftBuilder contributingTo(Long... goalIds) {
        this.contributesTo = List.of(goalIds);
        return this;
    }

    public GoalDraftBuilder pillar(String name) {
        this.pillar = name;
        return this;
    }

    public GoalDraftBuilder period(LocalDate from, LocalDate to) {
        this.start = from;
        this.end = to;
        return this;
    }

    public GoalDraftBuilder visibility(Visibility value) {
        this.visibility = value;
        return this;
    }

    public GoalDraftBuilder privately() {
        return visibility(Visibility.PRIVATE);
    }

    /** These key results instead of the default one (none: a goal measured by its children). */
    public GoalDraftBuilder keyResults(KeyResultDraft... drafts) {
        this.keyResults = new ArrayList<>(Arrays.asList(drafts));
        return this;
    }

    public GoalDraftBuilder reason(String text) {
        this.reason = text;
        return this;
    }

    public GoalDraft build() {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, parentId, contributesTo, pillar,
                start, end, visibility, keyResults, reason);
    }
}
