package org.ladder.goals.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByIdIn(java.util.Collection<Long> ids);
}
