package org.ladder.checkins;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.checkins.domain.CheckIn;
import org.ladder.checkins.domain.CheckInRepository;
import org.ladder.checkins.domain.CheckInStore;
import org.ladder.checkins.domain.PulseAnswer;
import org.ladder.checkins.domain.PulseAnswerRepository;
import org.ladder.goals.GoalCheckIns;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading check-ins. A person's check-ins are seen by the person, their manager chain and HR, nobody else: every
 * method checks the caller against the person whose check-ins it reads.
 */
@Service
@Transactional(readOnly = true)
public class CheckInQueries {

    /** The most points a goal's chart shows (the newest). */
    static final int CHART_POINTS_MAX = 200;

    private final CheckInRepository checkIns;
    private final CheckInStore store;
    private final PulseAnswerRepository pulse;
    private final GoalCheckIns goals;
    private final CheckInAccess access;
    private final Clock clock;

    CheckInQueries(CheckInRepository checkIns, CheckInStore store, PulseAnswerRepository pulse, GoalCheckIns goals,
            CheckInAccess access, Clock clock) {
        this.checkIns = checkIns;
        this.store = store;
        this.pulse = pulse;
        this.goals = goals;
        this.access = access;
        this.clock = clock;
    }

    /** The signed-in person's check-in form. */
    public CheckInForm form() {
        long me = access.user().personId();
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
        Optional<PulseAnswer> answer = pulse.findByPersonIdAndPeriodStart(me, month);
        return new CheckInForm(goals.activeGoalsOf(me), latestByGoal(me), store.lastCheckInAt(me).orElse(null),
                answer.map(PulseAnswer::getScore).orElse(null), answer.map(PulseAnswer::getComment).orElse(null));
    }

    /**
     * Per goal the person has checked in on, the latest check-in of it (for the 1:1 page).
     *
     * @throws AccessDeniedException unless the caller is the person, in their manager chain, or HR
     */
    public Map<Long, LatestCheckIn> latestByGoal(long personId) {
        access.requireMaySee(personId);
        Map<Long, LatestCheckIn> latest = new LinkedHashMap<>();
        store.latestByGoal(personId).forEach((goalId, l) -> latest.put(goalId,
                new LatestCheckIn(l.goalId(), l.at(), l.confidence(), l.blockers(), l.comment())));
        return latest;
    }

    /**
     * A goal's check-ins, oldest first, for its chart: only those of people whose check-ins the caller may see
     * (empty for anyone else).
     */
    public List<CheckInPoint> goalHistory(long goalId) {
        Map<Long, Boolean> allowed = new LinkedHashMap<>();
        return store.pointsOf(goalId, CHART_POINTS_MAX).stream()
                .filter(p -> allowed.computeIfAbsent(p.personId(), access::maySee))
                .map(p -> new CheckInPoint(p.at(), p.progress(), p.confidence()))
                .toList();
    }

    /** One page of the person's check-ins, newest first. */
    public List<CheckInView> ofPerson(long personId, int offset, int limit) {
        access.requireMaySee(personId);
        int size = Math.max(1, Math.min(limit, CheckInLimits.PAGE_MAX));
        if (offset % size != 0) {
            throw new IllegalArgumentException("offset " + offset + " is not a multiple of the page size " + size);
        }
        return checkIns.ofPerson(personId, PageRequest.of(offset / size, size)).stream().map(CheckInQueries::view)
                .toList();
    }

    public long countOfPerson(long personId) {
        access.requireMaySee(personId);
        return checkIns.countByPersonId(personId);
    }

    /** One check-in, for the person, their manager chain and HR. */
    public Optional<CheckInView> checkIn(long checkInId) {
        return checkIns.findById(checkInId).filter(c -> access.maySee(c.getPersonId())).map(CheckInQueries::view);
    }

    /** When the person last checked in (empty: never). */
    public Optional<Instant> lastCheckInAt(long personId) {
        access.requireMaySee(personId);
        return store.lastCheckInAt(personId);
    }

    /** Whether the caller may see this person's check-ins (views use it to offer the history). */
    public boolean maySeeCheckInsOf(long personId) {
        return access.maySee(personId);
    }

    private static CheckInView view(CheckIn c) {
        return new CheckInView(c.getId(), c.getPersonId(), c.getSubmittedAt(), c.getGoals().stream()
                .map(g -> new CheckInView.GoalEntry(g.getGoalId(), g.getGoalTitle(), g.getConfidence(),
                        g.getProgress(), g.getBlockers(), g.getComment(), Map.copyOf(g.getValues())))
                .toList());
    }
}
