package org.ladder.conversations.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OneOnOneRepository extends JpaRepository<OneOnOne, Long> {

    Optional<OneOnOne> findByManagerIdAndReportId(long managerId, long reportId);

    /** A report's 1:1s, the newest pair first. */
    List<OneOnOne> findByReportIdOrderByStartedAtDesc(long reportId);

    List<OneOnOne> findByManagerIdAndReportIdIn(long managerId, Collection<Long> reportIds);

    /** Per 1:1: its undiscussed topics still on the agenda. */
    @Query("select t.oneOnOne.id, count(t) from AgendaTopic t where t.oneOnOne.id in :ids and t.meeting is null "
            + "and t.discussedAt is null group by t.oneOnOne.id")
    List<Object[]> countWaitingTopics(@Param("ids") Collection<Long> ids);

    /** Per 1:1: its open action items. */
    @Query("select a.oneOnOne.id, count(a) from ActionItem a where a.oneOnOne.id in :ids and a.doneAt is null "
            + "group by a.oneOnOne.id")
    List<Object[]> countOpenActions(@Param("ids") Collection<Long> ids);
}
