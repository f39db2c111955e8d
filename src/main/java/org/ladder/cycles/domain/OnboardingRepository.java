package org.ladder.cycles.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OnboardingRepository extends JpaRepository<Onboarding, Long> {

    /** The person's open onboarding, if any (at most one: V24's unique open_person_id). */
    @Query("select o from Onboarding o where o.openPersonId = :personId")
    Optional<Onboarding> findOpen(@Param("personId") long personId);

    /** Whether the person already acknowledged the charter in an earlier onboarding of this cycle. */
    @Query("select count(o) > 0 from Onboarding o where o.cycleId = :cycleId and o.personId = :personId"
            + " and o.acknowledgedAt is not null")
    boolean acknowledgedInCycle(@Param("cycleId") long cycleId, @Param("personId") long personId);

    /** Open onboardings whose process has not been started yet (a start lost to a crash is picked up again). */
    @Query("select o.id from Onboarding o where o.processInstanceId is null and o.openPersonId is not null"
            + " order by o.id")
    List<Long> unstarted(Pageable page);

    /** The next of the cycle's open onboardings after {@code afterId}, in id order (a resume's or cancel's chunk). */
    @Query("select o from Onboarding o where o.cycleId = :cycleId and o.openPersonId is not null and o.id > :afterId"
            + " order by o.id")
    List<Onboarding> openAfter(@Param("cycleId") long cycleId, @Param("afterId") long afterId, Pageable page);

    @Query("select o.id from Onboarding o where o.cycleId = :cycleId and o.openPersonId is not null order by o.id")
    List<Long> openIn(@Param("cycleId") long cycleId);

    /** Per stage: how many onboardings of the cycle (among these units; all when {@code allUnits}). */
    @Query("select o.stage, count(o) from Onboarding o where o.cycleId = :cycleId"
            + " and (:allUnits = true or o.unitId in :unitIds) group by o.stage")
    List<Object[]> countByStage(@Param("cycleId") long cycleId, @Param("allUnits") boolean allUnits,
            @Param("unitIds") Collection<Long> unitIds);

    @Query("select count(o) from Onboarding o where o.cycleId = :cycleId and o.openPersonId is not null"
            + " and o.goalsDueAt < :now and (:allUnits = true or o.unitId in :unitIds)")
    long countOverdue(@Param("cycleId") long cycleId, @Param("now") Instant now, @Param("allUnits") boolean allUnits,
            @Param("unitIds") Collection<Long> unitIds);

    @Query("select count(o) from Onboarding o where o.cycleId = :cycleId and o.openPersonId is not null"
            + " and o.escalatedAt is not null and (:allUnits = true or o.unitId in :unitIds)")
    long countEscalated(@Param("cycleId") long cycleId, @Param("allUnits") boolean allUnits,
            @Param("unitIds") Collection<Long> unitIds);

    /** One page of a cycle's onboardings, open ones first, the earliest deadline first. */
    @Query("select o from Onboarding o where o.cycleId = :cycleId and (:allUnits = true or o.unitId in :unitIds)"
            + " and (:stage is null or o.stage = :stage)"
            + " order by case when o.openPersonId is null then 1 else 0 end, o.goalsDueAt, o.id")
    List<Onboarding> page(@Param("cycleId") long cycleId, @Param("allUnits") boolean allUnits,
            @Param("unitIds") Collection<Long> unitIds, @Param("stage") org.ladder.cycles.OnboardingStage stage,
            Pageable page);

    @Query("select count(o) from Onboarding o where o.cycleId = :cycleId and (:allUnits = true or o.unitId in :unitIds)"
            + " and (:stage is null or o.stage = :stage)")
    long count(@Param("cycleId") long cycleId, @Param("allUnits") boolean allUnits,
            @Param("unitIds") Collection<Long> unitIds, @Param("stage") org.ladder.cycles.OnboardingStage stage);
}
