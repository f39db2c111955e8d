package org.ladder.cycles.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The few reads the cycle page needs beyond the cycle's own repositories: whose units and people a viewer sees. */
public interface CyclePageLookups extends Repository<CyclePerson, Long> {

    @Query("select p.personId from CyclePerson p where p.cycleId = :cycleId and p.unitId in :unitIds")
    List<Long> personIdsOfUnits(long cycleId, Collection<Long> unitIds);

    @Query("select u.unitId from CycleUnit u where u.cycleId = :cycleId and u.unitId in :unitIds")
    List<Long> unitIdsOfCycle(long cycleId, Collection<Long> unitIds);

    @Query("select count(u) from CycleUnit u where u.cycleId = :cycleId")
    long countUnits(long cycleId);
}
