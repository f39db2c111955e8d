package org.ladder.checkins.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MissedCheckInRepository extends JpaRepository<MissedCheckIn, Long> {

    boolean existsByPersonIdAndPeriodStart(long personId, LocalDate periodStart);

    List<MissedCheckIn> findTop5ByPersonIdOrderByPeriodStartDesc(long personId);

    long countByPersonId(long personId);
}
