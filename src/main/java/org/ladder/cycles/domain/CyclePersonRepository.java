package org.ladder.cycles.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ladder.cycles.CyclePersonStatus.Step;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CyclePersonRepository extends JpaRepository<CyclePerson, Long> {

    Optional<CyclePerson> findByCycleIdAndPersonId(long cycleId, long personId);

    List<CyclePerson> findByCycleIdAndPersonIdIn(long cycleId, Collection<Long> personIds);

    @Query("select p.personId from CyclePerson p where p.cycleId = :cycleId and p.unitId = :unitId order by p.personId")
    List<Long> personIdsOfUnit(long cycleId, long unitId);

    @Query("select p.personId from CyclePerson p where p.cycleId = :cycleId and p.status <> 'LEFT' order by p.personId")
    List<Long> personIds(long cycleId);

    /** The next page of the cycle's people after {@code afterPersonId}, in id order (a cancel's cursor). */
    @Query("select p.personId from CyclePerson p where p.cycleId = :cycleId and p.status <> 'LEFT'"
            + " and p.personId > :afterPersonId order by p.personId")
    List<Long> personIdsAfter(long cycleId, long afterPersonId, org.springframework.data.domain.Pageable page);

    @Query("select count(p) from CyclePerson p where p.cycleId = :cycleId and p.status <> 'LEFT'")
    long countPeople(long cycleId);

    @Query("select p from CyclePerson p where p.cycleId = :cycleId and p.unitId = :unitId order by p.personId")
    List<CyclePerson> ofUnit(long cycleId, long unitId, Pageable page);

    long countByCycleId(long cycleId);

    long countByCycleIdAndStatusIn(long cycleId, Collection<Step> statuses);

    @Query("select count(p) from CyclePerson p where p.cycleId = :cycleId and p.processInstanceId is not null")
    long countStarted(long cycleId);

    /** The cycles a person is in, newest first. */
    @Query("select p from CyclePerson p where p.personId = :personId order by p.cycleId desc")
    List<CyclePerson> ofPerson(long personId, Pageable page);

    /** Per unit: status, escalation, overdue flag ingredients: [unitId, status, escalation, goalsDue, count]. */
    @Query("select p.unitId, p.status, p.escalation, p.goalsDue, count(p) from CyclePerson p where p.cycleId = :cycleId"
            + " group by p.unitId, p.status, p.escalation, p.goalsDue")
    List<Object[]> unitFigures(long cycleId);

    /** The next of the cycle's people with a goal approval waiting for the resume (ADR 0038). */
    @Query("select p from CyclePerson p where p.cycleId = :cycleId and p.approvalWaitingAt is not null"
            + " order by p.personId")
    List<CyclePerson> withApprovalWaiting(long cycleId, Pageable page);

    @Query("select p from CyclePerson p where p.cycleId = :cycleId and p.status in :statuses order by p.personId")
    List<CyclePerson> withStatus(long cycleId, Collection<Step> statuses, Pageable page);
}
