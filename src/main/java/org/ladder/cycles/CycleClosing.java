package org.ladder.cycles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ladder.base.ValidationException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalFigures;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.GoalQueries;
import org.ladder.people.PeopleService;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The close, for the owner of goals of the cycle's period that are still open (a light task, ADR 0008): each goal is
 * achieved, abandoned or carried into the next period through the goals' own rules (as the owner, with their access
 * checks); when none is left open, the owner's close request is acknowledged, and when every owner's is, the cycle
 * freezes its record.
 */
@Service
@Transactional
public class CycleClosing {

    /** The subject type of the close requests (acknowledgement campaigns). */
    public static final String SUBJECT = "cycle-close";
    /** How far a carried goal may run on past the cycle's period. */
    public static final int MAX_CARRY_MONTHS = 12;

    private final CycleRepository cycles;
    private final GoalFigures figures;
    private final GoalPlanning planning;
    private final GoalQueries queries;
    private final PeopleService people;
    private final AcknowledgementCampaigns campaigns;
    private final AcknowledgementService acknowledgements;
    private final CurrentUser currentUser;
    private final CycleViewers viewers;

    CycleClosing(CycleRepository cycles, GoalFigures figures, GoalPlanning planning, GoalQueries queries,
            PeopleService people, AcknowledgementCampaigns campaigns, AcknowledgementService acknowledgements,
            CurrentUser currentUser, CycleViewers viewers) {
        this.viewers = viewers;
        this.cycles = cycles;
        this.figures = figures;
        this.planning = planning;
        this.queries = queries;
        this.people = people;
        this.campaigns = campaigns;
        this.acknowledgements = acknowledgements;
        this.currentUser = currentUser;
    }

    /** The caller's goals of the cycle's period that are still open (their personal ones, their units'). */
    @Transactional(readOnly = true)
    public List<GoalDetails> myOpenGoals(long cycleId) {
        Cycle cycle = closing(cycleId);
        LadderUser me = currentUser.require();
        return figures.openGoalsOf(me.personId(), people.unitsHeadedBy(me.personId()), cycle.periodStart(),
                cycle.periodEnd()).stream().map(queries::goal).toList();
    }

    /** The cycle as its close page shows it: its name, and the range a carried goal may end in. */
    public record ClosingCycle(String name, LocalDate periodEnd, LocalDate earliestCarryEnd,
            LocalDate latestCarryEnd) {
    }

    /**
     * The cycle's name and carry range, for the close page; empty when there is no such cycle or the caller may not
     * know of it (HR, administrators, the heads of its units and the people in it may).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ClosingCycle> cycle(long cycleId) {
        currentUser.require();
        if (!known(cycleId)) {
            return java.util.Optional.empty();
        }
        return cycles.findById(cycleId).map(c -> new ClosingCycle(c.name(), c.periodEnd(),
                c.periodEnd().plusDays(1), c.periodEnd().plusMonths(MAX_CARRY_MONTHS)));
    }

    /** Whether the caller was asked to close goals of this cycle and has not finished. */
    @Transactional(readOnly = true)
    public boolean isAsked(long cycleId) {
        LadderUser me = currentUser.require();
        return campaign(cycleId).map(c -> campaigns.pendingPeople(c.id(), null).contains(me.personId()))
                .orElse(false);
    }

    /** Whoever may know of the cycle ({@link CycleViewers#mayKnow}), and whoever was asked to close goals of it. */
    private boolean known(long cycleId) {
        return viewers.mayKnow(cycleId) || isAsked(cycleId);
    }

    public GoalDetails achieve(long cycleId, long goalId, long expectedVersion, String reason) {
        requireOwnOpenGoal(cycleId, goalId);
        GoalDetails done = planning.achieve(goalId, expectedVersion, reason);
        finishIfNothingLeft(cycleId);
        return done;
    }

    public GoalDetails abandon(long cycleId, long goalId, long expectedVersion, String reason) {
        requireOwnOpenGoal(cycleId, goalId);
        GoalDetails done = planning.abandon(goalId, expectedVersion, reason);
        finishIfNothingLeft(cycleId);
        return done;
    }

    /** Carries the goal into the next period: it runs on until {@code newEnd} (after the cycle's period). */
    public GoalDetails carry(long cycleId, long goalId, long expectedVersion, LocalDate newEnd) {
        Cycle cycle = requireOwnOpenGoal(cycleId, goalId);
        if (newEnd == null || !newEnd.isAfter(cycle.periodEnd())) {
            throw new ValidationException(Map.of("periodEnd", "A carried goal runs on past the cycle's end ("
                    + cycle.periodEnd() + ")."));
        }
        if (newEnd.isAfter(cycle.periodEnd().plusMonths(MAX_CARRY_MONTHS))) {
            throw new ValidationException(Map.of("periodEnd", "A goal is carried at most " + MAX_CARRY_MONTHS
                    + " months past the cycle."));
        }
        GoalDetails goal = queries.goal(goalId);
        LocalDate newStart = cycle.periodEnd().plusDays(1);
        GoalDetails carried = planning.update(goalId, expectedVersion,
                goal.toDraft("Carried into the period after " + cycle.name()).withPeriod(newStart, newEnd));
        finishIfNothingLeft(cycleId);
        return carried;
    }

    /** Once the caller's goals of the period are all closed or carried, their close request is done. */
    private void finishIfNothingLeft(long cycleId) {
        Cycle cycle = cycles.findById(cycleId).orElseThrow();
        LadderUser me = currentUser.require();
        if (figures.openGoalsOf(me.personId(), people.unitsHeadedBy(me.personId()), cycle.periodStart(),
                cycle.periodEnd()).isEmpty()) {
            campaign(cycleId).filter(c -> campaigns.pendingPeople(c.id(), null).contains(me.personId()))
                    .ifPresent(c -> acknowledgements.acknowledge(c.id(), null));
        }
    }

    private Cycle requireOwnOpenGoal(long cycleId, long goalId) {
        Cycle cycle = closing(cycleId);
        LadderUser me = currentUser.require();
        if (!figures.openGoalsOf(me.personId(), people.unitsHeadedBy(me.personId()), cycle.periodStart(),
                cycle.periodEnd()).contains(goalId)) {
            throw new AccessDeniedException("This is no open goal of yours in " + cycle.name() + ".");
        }
        return cycle;
    }

    /** The cycle in its close phase, for whoever may know of it (else refused, an unknown cycle alike). */
    private Cycle closing(long cycleId) {
        if (!known(cycleId)) {
            throw new AccessDeniedException("You do not have access to this cycle.");
        }
        Cycle cycle = cycles.findById(cycleId)
                .orElseThrow(() -> new ValidationException(Map.of("cycle", "This cycle does not exist.")));
        if (cycle.phase() != CyclePhase.CLOSE || cycle.status() != CycleStatus.RUNNING) {
            throw new ValidationException(Map.of("cycle", cycle.name() + " is not closing now."));
        }
        return cycle;
    }

    private java.util.Optional<CampaignSummary> campaign(long cycleId) {
        return campaigns.campaignFor(SUBJECT, cycleId);
    }
}
