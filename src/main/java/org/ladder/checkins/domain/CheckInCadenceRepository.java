package org.ladder.checkins.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CheckInCadenceRepository extends JpaRepository<CheckInCadence, Long> {

    Optional<CheckInCadence> findByPersonId(long personId);

    List<CheckInCadence> findByPersonIdIn(Collection<Long> personIds);

    @Query("select c.frequency, count(c) from CheckInCadence c where c.personId in :personIds "
            + "and c.status = org.ladder.checkins.domain.CadenceStatus.ACTIVE group by c.frequency")
    List<Object[]> countActiveByFrequency(Collection<Long> personIds);
}
