package org.ladder.reviews;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ladder.people.PeopleService;
import org.ladder.reviews.domain.Calibration;
import org.ladder.reviews.domain.CalibrationRepository;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewRound;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calibration groups of a round (ADR 0025): one row per calibration unit, locked while a manager review joins
 * it or a review leaves it, so that of two manager reviews submitted at once the later sees the earlier. When no
 * review of the group is before calibration any more, the group's one calibration task opens for the unit's head and
 * HR; a group of fewer than 2 people skips calibration, and its waiting reviews go on to sharing.
 */
@Component
@Transactional
class CalibrationGroups {

    private final CalibrationRepository calibrations;
    private final ReviewRepository reviews;
    private final ReviewRoundRepository rounds;
    private final ReviewTemplateVersionRepository versions;
    private final PeopleService people;
    private final ReviewWorkflow workflow;
    private final Clock clock;

    CalibrationGroups(CalibrationRepository calibrations, ReviewRepository reviews, ReviewRoundRepository rounds,
            ReviewTemplateVersionRepository versions, PeopleService people, ReviewWorkflow workflow, Clock clock) {
        this.calibrations = calibrations;
        this.reviews = reviews;
        this.rounds = rounds;
        this.versions = versions;
        this.people = people;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Creates the rows of these calibration units that the round does not have yet. */
    void ensure(String roundKey, Collection<Long> unitIds, CalibrationUnits units) {
        if (unitIds.isEmpty()) {
            return;
        }
        Set<Long> existing = new HashSet<>();
        List<Long> ids = List.copyOf(unitIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            calibrations.findByRoundKeyAndUnitIdIn(roundKey, ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(c -> existing.add(c.unitId()));
        }
        calibrations.saveAll(ids.stream().filter(u -> !existing.contains(u))
                .map(u -> new Calibration(roundKey, u, units.headOf(u))).toList());
        calibrations.flush();
    }

    /**
     * Whether a manager review about to be submitted waits for its group's calibration: its group is still
     * waiting and holds 2 people or more. Locks the group's row until the transaction ends.
     */
    boolean joins(Review review) {
        if (review.calibrationUnitId() == null) {
            return false;
        }
        Optional<Calibration> c = calibrations.lockByRoundKeyAndUnitId(review.roundKey(), review.calibrationUnitId());
        return c.isPresent() && c.get().isWaiting()
                && reviews.countGroup(review.roundKey(), review.calibrationUnitId()) >= 2;
    }

    /**
     * After a review of the group moved on (its manager review is in, or it ended): opens the calibration when no
     * review of the group is before calibration any more, or skips it when fewer than 2 remain.
     */
    void settle(String roundKey, Long unitId) {
        if (unitId == null) {
            return;
        }
        Optional<Calibration> found = calibrations.lockByRoundKeyAndUnitId(roundKey, unitId);
        if (found.isEmpty() || !found.get().isWaiting()) {
            return;
        }
        Calibration c = found.get();
        if (reviews.countGroup(roundKey, unitId) < 2) {
            c.skip(clock.instant());
            release(roundKey, unitId, false);
            return;
        }
        if (reviews.countGroupBeforeCalibration(roundKey, unitId) > 0) {
            return;
        }
        Long head = people.headOf(unitId).filter(people::isActive).orElse(null);
        c.open(head, clock.instant());
        String headUsername = head == null ? null : people.usernameOf(head).orElse(null);
        c.launched(workflow.startCalibration(c.id(), roundKey, unitId, headUsername,
                template(roundKey).daysFor(ReviewStep.CALIBRATION)));
    }

    /** The group's reviews waiting in calibration go on to sharing. */
    int release(String roundKey, long unitId, boolean calibrated) {
        ReviewTemplateVersion template = template(roundKey);
        List<Review> waiting = reviews.findByRoundKeyAndCalibrationUnitIdAndStep(roundKey, unitId,
                ReviewStep.CALIBRATION);
        for (Review r : waiting) {
            r.calibrated(calibrated, ReviewForms.due(template, ReviewStep.SHARING, clock));
        }
        reviews.flush();
        for (Review r : waiting) {
            workflow.calibrated(ReviewLaunches.businessKey(r));
        }
        return waiting.size();
    }

    private ReviewTemplateVersion template(String roundKey) {
        ReviewRound round = rounds.findByRoundKey(roundKey).orElseThrow();
        return versions.findById(round.templateVersionId()).orElseThrow();
    }
}
