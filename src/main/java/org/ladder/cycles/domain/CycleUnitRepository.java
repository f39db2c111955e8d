package org.ladder.cycles.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ladder.cycles.CycleUnitStatus.UnitStep;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CycleUnitRepository extends JpaRepository<CycleUnit, Long> {

    List<CycleUnit> findByCycleIdOrderByLevelAscUnitIdAsc(long cycleId);

    Optional<CycleUnit> findByCycleIdAndUnitId(long cycleId, long unitId);

    List<CycleUnit> findByCycleIdAndUnitIdIn(long cycleId, Collection<Long> unitIds);

    @Query("select u.unitId from CycleUnit u where u.cycleId = :cycleId and u.parentUnitId = :parentUnitId")
    List<Long> childUnitIds(long cycleId, long parentUnitId);

    @Query("select u.unitId from CycleUnit u where u.cycleId = :cycleId and u.parentUnitId is null")
    List<Long> topUnitIds(long cycleId);

    long countByCycleId(long cycleId);

    long countByCycleIdAndStatusNot(long cycleId, UnitStep status);

    @Query("select count(u) from CycleUnit u where u.cycleId = :cycleId and u.processInstanceId is not null")
    long countStarted(long cycleId);
}
