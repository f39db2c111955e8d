package org.ladder.reviews;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.PeopleService;
import org.ladder.reviews.domain.Calibration;
import org.ladder.reviews.domain.CalibrationRepository;
import org.ladder.reviews.domain.RatingRevision;
import org.ladder.reviews.domain.RatingRevisionRepository;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewRound;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.domain.ReviewStateException;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration (ADR 0025), for the head of the calibration unit and HR: the grid of the group's people with both
 * ratings and their distribution, a rating changed with a reason (kept as a revision; the manager is told), the
 * notes of the discussion, and closing it, after which the group's reviews go on to sharing. The grid is three
 * queries whatever the group's size (reviews, revisions, names).
 */
@Service
@Transactional
public class ReviewCalibrations {

    private final CalibrationRepository calibrations;
    private final ReviewRepository reviews;
    private final RatingRevisionRepository revisions;
    private final ReviewRoundRepository rounds;
    private final ReviewTemplateVersionRepository versions;
    private final CalibrationGroups groups;
    private final PeopleService people;
    private final ReviewWorkflow workflow;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ReviewCalibrations(CalibrationRepository calibrations, ReviewRepository reviews,
            RatingRevisionRepository revisions, ReviewRoundRepository rounds,
            ReviewTemplateVersionRepository versions, CalibrationGroups groups, PeopleService people, ReviewWorkflow workflow, CurrentUser currentUser,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.calibrations = calibrations;
        this.reviews = reviews;
        this.revisions = revisions;
        this.rounds = rounds;
        this.versions = versions;
        this.groups = groups;
        this.people = people;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open calibrations the caller takes part in: all for HR, those of the units they head otherwise. */
    @Transactional(readOnly = true)
    public List<CalibrationSummary> myCalibrations() {
        LadderUser me = currentUser.require();
        List<Calibration> open = currentUser.hasRole(Role.HR) ? calibrations.findByStatus(Calibration.Status.OPEN)
                : people.unitsHeadedBy(me.personId()).isEmpty() ? List.of()
                        : calibrations.findByStatusAndUnitIdIn(Calibration.Status.OPEN,
                                people.unitsHeadedBy(me.personId()));
        Set<Long> units = new HashSet<>();
        open.forEach(c -> units.add(c.unitId()));
        Map<Long, String> names = units.isEmpty() ? Map.of() : people.unitNames(units);
        List<CalibrationSummary> result = new ArrayList<>();
        Map<String, String> roundNames = new HashMap<>();
        Map<String, Map<Long, Integer>> sizes = new HashMap<>();
        for (Calibration c : open) {
            String round = roundNames.computeIfAbsent(c.roundKey(),
                    k -> rounds.findByRoundKey(k).map(ReviewRound::name).orElse(k));
            Map<Long, Integer> groupSizes = sizes.computeIfAbsent(c.roundKey(), k -> {
                Map<Long, Integer> m = new HashMap<>();
                reviews.countGroups(k).forEach(row -> m.put((Long) row[0], ((Number) row[1]).intValue()));
                return m;
            });
            result.add(new CalibrationSummary(c.id(), c.roundKey(), round, c.unitId(),
                    names.getOrDefault(c.unitId(), "Unit " + c.unitId()), c.status().name(),
                    groupSizes.getOrDefault(c.unitId(), 0), c.openedAt()));
        }
        return result;
    }

    /** The calibration of an open calibration task (for its task form). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> calibrationOfTask(String taskId) {
        return workflow.taskOf(taskId)
                .flatMap(t -> org.ladder.reviews.workflow.ReviewProcess.parseCalibration(t.getKey()))
                .flatMap(k -> calibrations.findByRoundKeyAndUnitId(k.getKey(), k.getValue())).map(Calibration::id);
    }

    /** The grid of the group, with the distribution. */
    @Transactional(readOnly = true)
    public CalibrationGrid grid(long calibrationId) {
        Calibration c = calibration(calibrationId);
        requireCalibrator(c);
        ReviewRound round = rounds.findByRoundKey(c.roundKey()).orElseThrow();
        ReviewTemplateVersion t = versions.findById(round.templateVersionId()).orElseThrow();
        List<Review> group = reviews.findByRoundKeyAndCalibrationUnitIdAndStepNot(c.roundKey(), c.unitId(),
                ReviewStep.ENDED);
        List<Long> ids = group.stream().map(Review::id).toList();
        Map<Long, List<ReviewDetails.RevisionView>> revs = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (RatingRevision v : revisions.findByReviewIdInOrderByRevisedAtAscIdAsc(
                    ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                revs.computeIfAbsent(v.reviewId(), k -> new ArrayList<>()).add(new ReviewDetails.RevisionView(
                        v.kind(), v.fromRating(), v.toRating(), v.reason(), v.revisedBy(), v.revisedAt()));
            }
        }
        Set<Long> personIds = new HashSet<>();
        group.forEach(r -> {
            personIds.add(r.personId());
            if (r.managerId() != null) {
                personIds.add(r.managerId());
            }
        });
        Map<Long, String> names = new HashMap<>();
        people.placements(personIds).forEach(p -> names.put(p.id(), p.displayName()));
        List<CalibrationGrid.Row> rows = group.stream().map(r -> new CalibrationGrid.Row(r.id(), r.version(),
                r.personId(), names.getOrDefault(r.personId(), "Person " + r.personId()),
                r.managerId() == null ? null : names.get(r.managerId()), r.step(), r.performanceRating(),
                t.performanceScale().label(r.performanceRating()), r.performanceJustification(), r.alignmentRating(),
                t.alignmentScale().label(r.alignmentRating()), r.alignmentJustification(),
                revs.getOrDefault(r.id(), List.of())))
                .sorted(java.util.Comparator.comparing(CalibrationGrid.Row::personName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Object[]> grid = new ArrayList<>();
        Map<List<Integer>, Integer> cells = new HashMap<>();
        for (Review r : group) {
            if (r.performanceRating() != null && r.alignmentRating() != null
                    && r.step().ordinal() >= ReviewStep.CALIBRATION.ordinal()) {
                cells.merge(List.of(r.performanceRating(), r.alignmentRating()), 1, Integer::sum);
            }
        }
        cells.forEach((k, n) -> grid.add(new Object[] {k.get(0), k.get(1), n}));
        String unitName = people.unitNames(List.of(c.unitId())).getOrDefault(c.unitId(), "Unit " + c.unitId());
        return new CalibrationGrid(c.id(), c.version(), c.roundKey(), round.name(), c.unitId(), unitName,
                c.status().name(), c.notes(), c.openedAt(), c.closedAt(), rows,
                RatingDistributions.of(t.performanceScale(), t.alignmentScale(), grid));
    }

    /**
     * Changes a rating of a review in the open calibration, with a reason: kept as a revision, the manager told.
     *
     * @param expectedVersion the review's version the grid showed
     */
    public void revise(long reviewId, long expectedVersion, RatingKind kind, int rating, String reason) {
        Review review = reviews.findById(reviewId).orElseThrow(
                () -> new AccessDeniedException("You may not see this review."));
        if (review.calibrationUnitId() == null) {
            throw new ReviewRefusedException("This review is not calibrated in a unit.");
        }
        Calibration c = calibrations.findByRoundKeyAndUnitId(review.roundKey(), review.calibrationUnitId())
                .orElseThrow();
        requireCalibrator(c);
        if (!c.isOpen()) {
            throw new ReviewRefusedException("This calibration is not open.");
        }
        if (review.version() != expectedVersion) {
            throw new ConcurrentEditException("Someone else changed this review's ratings meanwhile. Reload the grid.");
        }
        ReviewTemplateVersion t = versions.findById(review.templateVersionId()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        RatingScale scale = kind == RatingKind.PERFORMANCE ? t.performanceScale() : t.alignmentScale();
        if (kind == null) {
            errors.put("kind", "Choose which rating to change.");
        } else if (!TemplateRules.onScale(scale, rating)) {
            errors.put("rating", "Choose a rating from 1 to " + scale.points() + ".");
        }
        ReviewRules.text("reason", reason, ReviewLimits.REASON_MAX_LENGTH, true, "Give the reason for the change.",
                errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LadderUser me = currentUser.require();
        RatingRevision revision;
        try {
            revision = review.revise(kind, rating, reason.trim(), me.personId(), currentUser.actorName(),
                    clock.instant());
        } catch (ReviewStateException e) {
            throw new ReviewRefusedException(e.getMessage());
        }
        if (revision == null) {
            throw new ValidationException(Map.of("rating", "The rating is already " + rating + "."));
        }
        revisions.save(revision);
        try {
            reviews.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Someone else changed this review's ratings meanwhile. Reload the grid.");
        }
        audit.record("review.rating-revised", "review", reviewId, kind.label() + " " + revision.fromRating() + " → "
                + rating + ": " + reason.trim());
        events.publishEvent(new RatingRevised(reviewId, review.personId(), review.managerId(), kind,
                revision.fromRating(), rating, me.personId()));
    }

    /** Saves the notes of the discussion (seen by the head and HR only). */
    public long saveNotes(long calibrationId, long expectedVersion, String notes) {
        Calibration c = calibration(calibrationId);
        requireCalibrator(c);
        requireVersion(c, expectedVersion);
        Map<String, String> errors = new LinkedHashMap<>();
        ReviewRules.text("notes", notes, ReviewLimits.NOTES_MAX_LENGTH, false, null, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            c.writeNotes(ReviewRules.blankToNull(notes));
            calibrations.flush();
        } catch (IllegalStateException e) {
            throw new ReviewRefusedException("This calibration is not open.");
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Someone else changed the notes meanwhile. Reload the calibration.");
        }
        audit.record("review-calibration.notes", "review-calibration", calibrationId, "notes saved");
        return c.version();
    }

    /** Closes the calibration: its reviews go on to sharing; the task completes. */
    public void close(long calibrationId, long expectedVersion) {
        Calibration c = calibration(calibrationId);
        requireCalibrator(c);
        requireVersion(c, expectedVersion);
        if (!c.isOpen()) {
            throw new ConcurrentEditException("This calibration is already closed.");
        }
        c.close(currentUser.actorName(), clock.instant());
        try {
            calibrations.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Someone else closed this calibration meanwhile.");
        }
        int released = groups.release(c.roundKey(), c.unitId(), true);
        try {
            workflow.calibrationClosed(c.roundKey(), c.unitId());
        } catch (TaskAlreadyCompletedException e) {
            throw new ConcurrentEditException("Someone else closed this calibration meanwhile.");
        }
        audit.record("review-calibration.closed", "review-calibration", calibrationId,
                released + " reviews on to sharing");
    }

    /** The distributions of the group (as in the grid). */
    @Transactional(readOnly = true)
    public RatingDistributions distributions(long calibrationId) {
        return grid(calibrationId).distributions();
    }

    private Calibration calibration(long id) {
        return calibrations.findById(id).orElseThrow(
                () -> new AccessDeniedException("You may not see this calibration."));
    }

    /** HR, or the head of the calibration unit (or of a unit above it). */
    private void requireCalibrator(Calibration c) {
        if (currentUser.hasRole(Role.HR)) {
            return;
        }
        LadderUser me = currentUser.require();
        List<Long> headed = people.unitsHeadedBy(me.personId());
        if (!headed.isEmpty() && people.unitIdsAtOrBelow(headed).contains(c.unitId())) {
            return;
        }
        throw new AccessDeniedException("Only the head of the unit and HR calibrate its reviews.");
    }

    private static void requireVersion(Calibration c, long expected) {
        if (c.version() != expected) {
            throw new ConcurrentEditException("Someone else changed this calibration meanwhile. Reload it.");
        }
    }
}
