package org.ladder.cycles.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ControlRunRepository extends JpaRepository<ControlRun, Long> {

    @Query("select r from ControlRun r where r.cycleId = :cycleId order by r.id desc")
    List<ControlRun> latest(long cycleId, Pageable page);

    /** The cycle's latest command (running or ended), if any. */
    default Optional<ControlRun> latest(long cycleId) {
        return latest(cycleId, Pageable.ofSize(1)).stream().findFirst();
    }
}
