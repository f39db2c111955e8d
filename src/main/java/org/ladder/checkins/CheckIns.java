package org.ladder.checkins;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.LadderUser;
import org.ladder.checkins.domain.CheckIn;
import org.ladder.checkins.domain.CheckInGoal;
import org.ladder.checkins.domain.CheckInRepository;
import org.ladder.checkins.domain.PulseAnswer;
import org.ladder.checkins.domain.PulseAnswerRepository;
import org.ladder.goals.GoalCheckIns;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.KeyResultView;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking in: the signed-in person updates all their active goals at once — per key result the value now, per
 * goal a confidence, blockers and a comment — and may answer the alignment pulse. Everything is checked first
 * (every error at once, keyed by field; nothing is saved on any error); then each goal's progress is recorded
 * through the goals module's own progress path ({@link GoalCheckIns#recordCheckIn}), the check-in is kept, the
 * month's pulse answer written (replacing an earlier one of the same month), the person's open cadence task
 * completed (the manager's 1:1 task follows), the submission audited and {@link CheckInSubmitted} published — all
 * in the one transaction, so a check-in and its task completion commit together or not at all (ADR 0031). A
 * submitted check-in never changes: the next one is the correction.
 */
@Service
@Transactional
public class CheckIns {

    private final CheckInRepository checkIns;
    private final PulseAnswerRepository pulse;
    private final GoalCheckIns goals;
    private final PeopleService people;
    private final CheckInAccess access;
    private final CheckInCadences cadences;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckIns(CheckInRepository checkIns, PulseAnswerRepository pulse, GoalCheckIns goals, PeopleService people,
            CheckInAccess access, CheckInCadences cadences, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.checkIns = checkIns;
        this.pulse = pulse;
        this.goals = goals;
        this.people = people;
        this.access = access;
        this.cadences = cadences;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits the signed-in person's check-in.
     *
     * @throws ValidationException     with every field error when anything is wrong (nothing saved)
     * @throws ConcurrentEditException when a goal changed since the form was opened, or the open check-in task was
     *                                 completed by another submit at the same moment (nothing saved)
     * @return the new check-in's id
     */
    public long submit(CheckInDraft draft) {
        LadderUser user = access.user();
        long me = user.personId();
        List<GoalDetails> active = goals.activeGoalsOf(me);
        Map<String, String> errors = new LinkedHashMap<>(CheckInRules.check(active.stream().map(CheckIns::rulesGoal)
                .toList(), draft));
        Map<Long, GoalDetails> byId = new LinkedHashMap<>();
        active.forEach(g -> byId.put(g.id(), g));
        for (CheckInDraft.GoalEntry entry : draft.goals()) {
            GoalDetails goal = byId.get(entry.goalId());
            if (goal == null) {
                continue;
            }
            if (goal.version() != entry.version()) {
                throw new ConcurrentEditException("“" + goal.title() + "” was changed since you opened the check-in. "
                        + "Nothing was saved: reload the form to see the goal as it is now, then check in again.");
            }
            Map<Long, BigDecimal> given = new LinkedHashMap<>(entry.values());
            given.values().removeIf(java.util.Objects::isNull);
            goals.checkValues(goal.id(), given).forEach((keyResultId, message) ->
                    errors.putIfAbsent(CheckInDraft.valueField(goal.id(), keyResultId), message));
        }
        PersonSummary person = people.summaries(List.of(me)).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No person " + me));
        if (draft.pulseScore() != null && person.unitId() == null) {
            errors.putIfAbsent(CheckInDraft.PULSE_SCORE_FIELD, "You belong to no unit yet, so the pulse cannot count "
                    + "your answer: ask HR to place you in one.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = clock.instant();
        List<CheckInGoal> entries = new ArrayList<>();
        goals.lockForCheckIn(draft.goals().stream().map(CheckInDraft.GoalEntry::goalId).toList());
        for (CheckInDraft.GoalEntry entry : draft.goals()) {
            GoalDetails after = goals.recordCheckIn(entry.goalId(), entry.version(), entry.values(),
                    entry.confidence());
            entries.add(new CheckInGoal(after.id(), after.title(), entry.confidence(), after.progress(),
                    CheckInRules.blankToNull(entry.blockers()), CheckInRules.blankToNull(entry.comment()),
                    entry.values()));
        }
        CheckIn checkIn = checkIns.save(CheckIn.submitted(me, person.managerId(), now, entries));
        if (draft.pulseScore() != null) {
            answerPulse(me, person.unitId(), draft.pulseScore(), CheckInRules.blankToNull(draft.pulseComment()), now);
        }
        // in this transaction: if the engine cannot complete the task, nothing of the check-in is saved either
        cadences.checkedIn(checkIn.getId(), me, person.managerId(), now);
        List<Long> attention = checkIn.goalsNeedingAttention();
        audit.record("checkin.submitted", "check_in", checkIn.getId(), entries.size() + " goal(s), "
                + attention.size() + " at risk or off track" + (draft.pulseScore() == null ? "" : ", pulse answered"));
        events.publishEvent(new CheckInSubmitted(checkIn.getId(), me, person.managerId(), attention, now));
        return checkIn.getId();
    }

    private void answerPulse(long personId, long unitId, int score, String comment, Instant now) {
        LocalDate month = LocalDate.ofInstant(now, clock.getZone()).withDayOfMonth(1);
        PulseAnswer answer = pulse.findByPersonIdAndPeriodStart(personId, month).orElse(null);
        if (answer == null) {
            answer = new PulseAnswer(personId, unitId, month, score, comment, now);
        } else {
            answer.replace(unitId, score, comment, now);
        }
        try {
            pulse.saveAndFlush(answer);
        } catch (DataIntegrityViolationException e) {
            throw new ConcurrentEditException("Your pulse answer for this month was saved from another window at the "
                    + "same moment. Nothing was saved here: reload and check in again.");
        }
    }

    private static CheckInRules.ActiveGoal rulesGoal(GoalDetails goal) {
        return new CheckInRules.ActiveGoal(goal.id(), goal.title(), goal.version(),
                new HashSet<>(goal.keyResults().stream().map(KeyResultView::id).toList()));
    }
}
