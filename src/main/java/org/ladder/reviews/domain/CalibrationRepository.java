package org.ladder.reviews.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface CalibrationRepository extends JpaRepository<Calibration, Long> {

    Optional<Calibration> findByRoundKeyAndUnitId(String roundKey, long unitId);

    /** The row, locked until the transaction ends: manager reviews join their group one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Calibration c where c.roundKey = :roundKey and c.unitId = :unitId")
    Optional<Calibration> lockByRoundKeyAndUnitId(String roundKey, long unitId);

    List<Calibration> findByRoundKeyOrderByUnitId(String roundKey);

    List<Calibration> findByRoundKeyAndUnitIdIn(String roundKey, Collection<Long> unitIds);

    List<Calibration> findByStatusAndUnitIdIn(Calibration.Status status, Collection<Long> unitIds);

    List<Calibration> findByStatus(Calibration.Status status);
}
