package org.ladder.checkins.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PulseAnswerRepository extends JpaRepository<PulseAnswer, Long> {

    Optional<PulseAnswer> findByPersonIdAndPeriodStart(long personId, LocalDate periodStart);
}
