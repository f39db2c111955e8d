package org.ladder.goals.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByIdIn(java.util.Collection<Long> ids);

    /** The paths (ancestors, then the goal) of a person's goals of a level and status. */
    @org.springframework.data.jpa.repository.Query("select g.path from Goal g where g.ownerPersonId = :personId"
            + " and g.level = :level and g.status = :status")
    List<String> pathsOf(@org.springframework.data.repository.query.Param("personId") long personId,
            @org.springframework.data.repository.query.Param("level") org.ladder.goals.GoalLevel level,
            @org.springframework.data.repository.query.Param("status") org.ladder.goals.GoalStatus status);

    /** How many of these goals are goals of the level owned by the unit. */
    @org.springframework.data.jpa.repository.Query("select count(g) from Goal g where g.id in :ids"
            + " and g.level = :level and g.ownerUnitId = :unitId")
    long countOwnedByUnit(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids,
            @org.springframework.data.repository.query.Param("level") org.ladder.goals.GoalLevel level,
            @org.springframework.data.repository.query.Param("unitId") long unitId);
}
