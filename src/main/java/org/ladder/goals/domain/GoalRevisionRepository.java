package org.ladder.goals.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GoalRevisionRepository extends JpaRepository<GoalRevision, Long> {

    List<GoalRevision> findByGoalIdOrderByNumberDesc(long goalId);

    @Query("select coalesce(max(r.number), 0) from GoalRevision r where r.goalId = ?1")
    int lastNumber(long goalId);
}
