package org.ladder.cycles.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ladder.cycles.CycleStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface CycleRepository extends JpaRepository<Cycle, Long> {

    @Query("select c from Cycle c where c.scopeKey = :scopeKey and c.periodStart = :start and c.periodEnd = :end")
    Optional<Cycle> findByScopeAndPeriod(String scopeKey, java.time.LocalDate start, java.time.LocalDate end);

    @Query("select c from Cycle c order by c.periodStart desc, c.id desc")
    List<Cycle> page(Pageable page);

    @Query("select c from Cycle c where c.status in :statuses order by c.periodStart desc, c.id desc")
    List<Cycle> withStatus(Collection<CycleStatus> statuses);

    /** Locks the cycle row: the steps that decide “is the cascade done?” take turns on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cycle c where c.id = :id")
    Optional<Cycle> lockById(long id);

    /**
     * The cycle's status as committed now, its row locked until the transaction ends (a launch chunk's last check:
     * a pause or cancel that committed meanwhile is seen; one that comes later waits for the chunk, ADR 0034).
     */
    @Query(value = "select status from cycle where id = :id for update", nativeQuery = true)
    String lockedStatus(long id);
}
