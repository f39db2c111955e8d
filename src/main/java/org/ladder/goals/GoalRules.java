package org.ladder.goals;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ladder.base.ValidationException;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalStore;
import org.ladder.people.PeopleService;
import org.springframework.stereotype.Component;

/**
 * The rules a goal's fields, owner, parent and links must meet before anything is saved (every broken rule is
 * reported at once, keyed by field), and what a goal needs before it is worked on. Used by every use case that
 * changes a goal; the limits are {@link GoalLimits}.
 */
@Component
class GoalRules {

    private final GoalStore store;
    private final GoalAccess access;
    private final GoalQueries queries;
    private final PeopleService people;

    GoalRules(GoalStore store, GoalAccess access, GoalQueries queries, PeopleService people) {
        this.store = store;
        this.access = access;
        this.queries = queries;
        this.people = people;
    }

    /** What the rules found: the goal the draft ladders up to (null when none). */
    record Checked(GoalStore.Row parent) {
    }

    /** A reason (of a change, a closing, a decision) within its limit; blank is null. */
    static String reason(String reason) {
        String text = blankToNull(reason);
        if (text != null && text.length() > GoalLimits.REASON_MAX_LENGTH) {
            throw new ValidationException(Map.of("reason", "Keep the reason under " + GoalLimits.REASON_MAX_LENGTH
                    + " characters."));
        }
        return text;
    }

    /** An approver's comment within its limit; {@code required} when returning a goal. */
    static String comment(String comment, boolean required) {
        String text = blankToNull(comment);
        if (required && text == null) {
            throw new ValidationException(Map.of("comment", "Say what should change before returning the goal."));
        }
        if (text != null && text.length() > GoalLimits.COMMENT_MAX_LENGTH) {
            throw new ValidationException(Map.of("comment", "Keep the comment under " + GoalLimits.COMMENT_MAX_LENGTH
                    + " characters."));
        }
        return text;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Checked validate(GoalDraft d, Goal existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = blankToNull(d.title());
        if (title == null) {
            errors.put("title", "Give the goal a title.");
        } else if (title.length() > GoalLimits.TITLE_MAX_LENGTH) {
            errors.put("title", "Keep the title under " + GoalLimits.TITLE_MAX_LENGTH + " characters.");
        }
        if (d.description() != null && d.description().length() > GoalLimits.DESCRIPTION_MAX_LENGTH) {
            errors.put("description", "Keep the description under " + GoalLimits.DESCRIPTION_MAX_LENGTH + " characters.");
        }
        if (d.reason() != null && d.reason().length() > GoalLimits.REASON_MAX_LENGTH) {
            errors.put("reason", "Keep the reason under " + GoalLimits.REASON_MAX_LENGTH + " characters.");
        }
        checkOwner(d, existing, errors);
        if (d.periodStart() == null) {
            errors.put("periodStart", "Give the first day of the period.");
        }
        if (d.periodEnd() == null) {
            errors.put("periodEnd", "Give the last day of the period.");
        }
        if (d.periodStart() != null && d.periodEnd() != null) {
            if (d.periodEnd().isBefore(d.periodStart())) {
                errors.put("periodEnd", "The period ends before it starts.");
            } else if (d.periodEnd().isAfter(d.periodStart().plusYears(GoalLimits.PERIOD_MAX_YEARS))) {
                errors.put("periodEnd", "A goal's period is at most " + GoalLimits.PERIOD_MAX_YEARS + " years.");
            }
        }
        if (d.visibility() == Visibility.PRIVATE && d.level() != GoalLevel.PERSONAL) {
            errors.put("visibility", "Only personal goals can be private: others align to unit and company goals.");
        }
        GoalStore.Row parent = checkParent(d, existing, errors);
        checkContributions(d, existing, errors);
        errors.putAll(KeyResultRules.check(d.keyResults()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(parent);
    }

    private void checkOwner(GoalDraft d, Goal existing, Map<String, String> errors) {
        switch (d.level()) {
            case COMPANY -> {
                String pillar = blankToNull(d.pillar());
                if (pillar == null) {
                    errors.put("pillar", "Choose the pillar of the charter this goal serves.");
                } else if (existing == null || !pillar.equals(existing.getPillar())) {
                    List<String> pillars = queries.pillars();
                    if (pillars.isEmpty()) {
                        errors.put("pillar", "There is no published charter with pillars yet.");
                    } else if (!pillars.contains(pillar)) {
                        errors.put("pillar", "“" + pillar + "” is not a pillar of the current charter.");
                    }
                }
            }
            case UNIT -> {
                if (d.ownerUnitId() == null) {
                    errors.put("owner", "Choose the unit this goal belongs to.");
                } else if (people.unitNames(List.of(d.ownerUnitId())).isEmpty()) {
                    errors.put("owner", "There is no such unit.");
                } else if (!access.mayEdit(GoalLevel.UNIT, d.ownerUnitId(), null)) {
                    errors.put("owner", "You may plan goals only for units you lead (or units below them).");
                }
            }
            case PERSONAL -> {
                if (d.ownerPersonId() == null) {
                    errors.put("owner", "Choose whose goal this is.");
                } else if (!people.isActive(d.ownerPersonId())) {
                    errors.put("owner", "There is no such person working here.");
                } else if (!access.mayEdit(GoalLevel.PERSONAL, null, d.ownerPersonId())) {
                    errors.put("owner", "You may plan goals only for yourself and the people who report to you.");
                }
            }
            default -> throw new IllegalStateException();
        }
        if (existing != null && (!Objects.equals(existing.getOwnerUnitId(), d.level() == GoalLevel.UNIT
                ? d.ownerUnitId() : null) || !Objects.equals(existing.getOwnerPersonId(),
                        d.level() == GoalLevel.PERSONAL ? d.ownerPersonId() : null))) {
            errors.put("owner", "The owner of a goal cannot change: create a new goal for the new owner.");
        }
    }

    private GoalStore.Row checkParent(GoalDraft d, Goal existing, Map<String, String> errors) {
        if (d.parentId() == null) {
            return null;
        }
        if (d.level() == GoalLevel.COMPANY) {
            errors.put("parent", "Company goals ladder up to a pillar of the charter, not to another goal.");
            return null;
        }
        if (existing == null || !d.parentId().equals(existing.getParentId())) {
            store.lock(d.parentId());
        }
        List<GoalStore.Row> found = store.byIds(List.of(d.parentId()));
        if (found.isEmpty() || !access.maySee(found.get(0).visibility(), found.get(0).ownerPersonId())) {
            errors.put("parent", "There is no such goal you can see: you can only align to goals you can see.");
            return null;
        }
        GoalStore.Row parent = found.get(0);
        boolean unchanged = existing != null && d.parentId().equals(existing.getParentId());
        if (existing != null && parent.id() == existing.getId()) {
            errors.put("parent", "A goal cannot ladder up to itself.");
            return null;
        }
        if (existing != null && parent.path().contains("/" + existing.getId() + "/")) {
            errors.put("parent", "“" + parent.title() + "” already ladders up to this goal: aligning to it would "
                    + "make a loop.");
            return null;
        }
        if (unchanged) {
            return parent;
        }
        if (parent.status().isClosed()) {
            errors.put("parent", "“" + parent.title() + "” is " + parent.status().label().toLowerCase()
                    + " and accepts no new goals below it.");
        } else if (parent.status() == GoalStatus.DRAFT) {
            errors.put("parent", "“" + parent.title() + "” is still a draft: align to an active goal.");
        } else if (d.level() == GoalLevel.PERSONAL && parent.level() == GoalLevel.PERSONAL) {
            errors.put("parent", "A personal goal ladders up to a unit or company goal, not to another person's goal.");
        } else if (d.level() == GoalLevel.UNIT && parent.level() == GoalLevel.PERSONAL) {
            errors.put("parent", "A unit goal ladders up to a company goal or a goal of a unit above it.");
        } else if (d.level() == GoalLevel.UNIT && parent.level() == GoalLevel.UNIT && d.ownerUnitId() != null) {
            List<Long> above = people.unitChain(d.ownerUnitId());
            if (above.indexOf(parent.ownerUnitId()) < 1) {
                errors.put("parent", "A unit goal ladders up to a company goal or a goal of a unit above it; “"
                        + parent.title() + "” belongs to a unit that is not above this one.");
            }
        }
        return parent;
    }

    private void checkContributions(GoalDraft d, Goal existing, Map<String, String> errors) {
        if (d.contributesTo().isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(d.contributesTo());
        if (ids.size() > GoalLimits.CONTRIBUTIONS_MAX) {
            errors.put("contributesTo", "Name at most " + GoalLimits.CONTRIBUTIONS_MAX + " goals this one contributes to.");
            return;
        }
        if (existing != null && ids.contains(existing.getId())) {
            errors.put("contributesTo", "A goal cannot contribute to itself.");
            return;
        }
        if (d.parentId() != null && ids.contains(d.parentId())) {
            errors.put("contributesTo", "The goal it ladders up to is already its parent; name other goals here.");
            return;
        }
        Set<Long> before = existing == null ? Set.of() : existing.getContributesTo();
        List<GoalStore.Row> rows = store.byIds(ids);
        if (rows.size() < ids.size()) {
            errors.put("contributesTo", "There is no such goal you can see.");
            return;
        }
        for (GoalStore.Row r : rows) {
            if (!before.contains(r.id()) && !access.maySee(r.visibility(), r.ownerPersonId())) {
                errors.put("contributesTo", "There is no such goal you can see.");
                return;
            }
            if (!before.contains(r.id()) && r.status() == GoalStatus.ABANDONED) {
                errors.put("contributesTo", "“" + r.title() + "” is abandoned.");
                return;
            }
        }
    }

    /**
     * Links to goals the editor cannot see (someone else linked them, or they turned private) are not shown to the
     * editor, so they are not in the draft either: they stay as they are.
     */
    GoalDraft keepHiddenLinks(Goal goal, GoalDraft d) {
        if (goal.getContributesTo().isEmpty()) {
            return d;
        }
        List<Long> hidden = store.byIds(goal.getContributesTo()).stream()
                .filter(r -> !access.maySee(r.visibility(), r.ownerPersonId())).map(GoalStore.Row::id).toList();
        if (hidden.isEmpty()) {
            return d;
        }
        Set<Long> links = new LinkedHashSet<>(d.contributesTo());
        links.addAll(hidden);
        return new GoalDraft(d.level(), d.title(), d.description(), d.ownerUnitId(), d.ownerPersonId(), d.parentId(),
                List.copyOf(links), d.pillar(), d.periodStart(), d.periodEnd(), d.visibility(), d.keyResults(),
                d.reason());
    }

    /** What a goal needs before it is worked on: a complete period, and a personal goal at least one key result. */
    void readyForWork(Goal goal) {
        if (goal.getLevel() == GoalLevel.PERSONAL && goal.getKeyResults().isEmpty()) {
            throw new ValidationException(Map.of("keyResults", "Add at least one key result: it says how you will "
                    + "know the goal is reached."));
        }
        if (goal.getParentId() != null) {
            GoalStore.Row parent = store.byIds(List.of(goal.getParentId())).get(0);
            if (parent.status() == GoalStatus.DRAFT) {
                throw new ValidationException(Map.of("parent", "“" + parent.title() + "” is still a draft: it must "
                        + "be active first."));
            }
        }
    }

}
