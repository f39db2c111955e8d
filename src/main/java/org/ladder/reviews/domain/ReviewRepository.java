package org.ladder.reviews.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ladder.reviews.ReviewStep;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reviews, with the aggregate queries HR's overview and the calibration grid need (one query each, no N+1). */
public interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByRoundKeyAndPersonId(String roundKey, long personId);

    List<Review> findByIdIn(Collection<Long> ids);

    @Query("select r.personId from Review r where r.roundKey = :roundKey and r.personId in :personIds")
    List<Long> personIdsInRound(String roundKey, Collection<Long> personIds);

    List<Review> findByPersonIdOrderByStartedAtDesc(long personId);

    List<Review> findByPersonIdAndStepNotIn(long personId, Collection<ReviewStep> steps);

    List<Review> findByRoundKeyAndStepNotIn(String roundKey, Collection<ReviewStep> steps);

    /** A page of the round's reviews not at these steps, in id order. */
    List<Review> findByRoundKeyAndStepNotInOrderByIdAsc(String roundKey, Collection<ReviewStep> steps,
            org.springframework.data.domain.Pageable page);

    List<Review> findByRoundKeyAndCalibrationUnitIdAndStepNot(String roundKey, long calibrationUnitId,
            ReviewStep step);

    List<Review> findByRoundKeyAndCalibrationUnitIdAndStep(String roundKey, long calibrationUnitId, ReviewStep step);

    @Query("select count(r) from Review r where r.roundKey = :roundKey and r.calibrationUnitId = :unitId"
            + " and r.step <> org.ladder.reviews.ReviewStep.ENDED")
    long countGroup(String roundKey, long unitId);

    @Query("select count(r) from Review r where r.roundKey = :roundKey and r.calibrationUnitId = :unitId"
            + " and r.step in (org.ladder.reviews.ReviewStep.SELF_REVIEW, org.ladder.reviews.ReviewStep.PEER_INPUT,"
            + " org.ladder.reviews.ReviewStep.MANAGER_REVIEW)")
    long countGroupBeforeCalibration(String roundKey, long unitId);

    /** The size of every calibration group of a round (ended reviews left out). */
    @Query("select r.calibrationUnitId, count(r) from Review r where r.roundKey = :roundKey"
            + " and r.calibrationUnitId is not null and r.step <> org.ladder.reviews.ReviewStep.ENDED"
            + " group by r.calibrationUnitId")
    List<Object[]> countGroups(String roundKey);

    @Query("select r.step, count(r) from Review r where r.roundKey = :roundKey group by r.step")
    List<Object[]> countByStep(String roundKey);

    @Query("select r.step, count(r) from Review r where r.roundKey = :roundKey and r.unitId in :unitIds"
            + " group by r.step")
    List<Object[]> countByStepIn(String roundKey, Collection<Long> unitIds);

    @Query("select r.unitId, r.step, count(r) from Review r where r.roundKey = :roundKey group by r.unitId, r.step")
    List<Object[]> countByUnitAndStep(String roundKey);

    @Query("select r.unitId, count(r) from Review r where r.roundKey = :roundKey and r.stepDueAt < :now"
            + " and r.step not in (org.ladder.reviews.ReviewStep.DONE, org.ladder.reviews.ReviewStep.ENDED)"
            + " group by r.unitId")
    List<Object[]> countLateByUnit(String roundKey, Instant now);

    @Query("select count(r) from Review r where r.roundKey = :roundKey and r.stepDueAt < :now"
            + " and r.step not in (org.ladder.reviews.ReviewStep.DONE, org.ladder.reviews.ReviewStep.ENDED)")
    long countLate(String roundKey, Instant now);

    @Query("select r from Review r where r.roundKey = :roundKey and r.stepDueAt < :now"
            + " and r.step not in (org.ladder.reviews.ReviewStep.DONE, org.ladder.reviews.ReviewStep.ENDED)"
            + " order by r.stepDueAt asc, r.id asc")
    List<Review> late(String roundKey, Instant now, Pageable page);

    /** Both ratings as a grid: performance, alignment, how many. */
    @Query("select r.performanceRating, r.alignmentRating, count(r) from Review r where r.roundKey = :roundKey"
            + " and r.performanceRating is not null and r.alignmentRating is not null"
            + " and r.step not in (org.ladder.reviews.ReviewStep.SELF_REVIEW, org.ladder.reviews.ReviewStep.PEER_INPUT,"
            + " org.ladder.reviews.ReviewStep.MANAGER_REVIEW, org.ladder.reviews.ReviewStep.ENDED)"
            + " group by r.performanceRating, r.alignmentRating")
    List<Object[]> ratingGrid(String roundKey);

    @Query("select r.performanceRating, r.alignmentRating, count(r) from Review r where r.roundKey = :roundKey"
            + " and r.unitId in :unitIds and r.performanceRating is not null and r.alignmentRating is not null"
            + " and r.step not in (org.ladder.reviews.ReviewStep.SELF_REVIEW, org.ladder.reviews.ReviewStep.PEER_INPUT,"
            + " org.ladder.reviews.ReviewStep.MANAGER_REVIEW, org.ladder.reviews.ReviewStep.ENDED)"
            + " group by r.performanceRating, r.alignmentRating")
    List<Object[]> ratingGridIn(String roundKey, Collection<Long> unitIds);

    /** The people a manager board shows: the round's reviews of these people, late first. */
    @Query("select r from Review r where r.personId in :personIds and r.roundKey = :roundKey"
            + " order by case when r.stepDueAt < :now and r.step not in (org.ladder.reviews.ReviewStep.DONE,"
            + " org.ladder.reviews.ReviewStep.ENDED) then 0 else 1 end, r.stepDueAt asc, r.id asc")
    List<Review> board(String roundKey, Collection<Long> personIds, Instant now, Pageable page);

    @Query("select count(r) from Review r where r.personId in :personIds and r.roundKey = :roundKey")
    long countBoard(String roundKey, Collection<Long> personIds);

    @Query("select r from Review r where r.roundKey = :roundKey and r.learnings is not null"
            + " order by r.selfSubmittedAt desc, r.id desc")
    List<Review> withLearnings(String roundKey, Pageable page);

    @Query("select r.id from Review r where r.roundKey = :roundKey and r.processInstanceId is null"
            + " and r.step not in (org.ladder.reviews.ReviewStep.DONE, org.ladder.reviews.ReviewStep.ENDED)")
    List<Long> unlaunched(String roundKey);

    @Query("select count(r) from Review r where r.roundKey = :roundKey")
    long countRound(String roundKey);

    @Query("select count(r) from Review r where r.roundKey = :roundKey"
            + " and r.step not in (org.ladder.reviews.ReviewStep.DONE, org.ladder.reviews.ReviewStep.ENDED)")
    long countOpen(String roundKey);
}
