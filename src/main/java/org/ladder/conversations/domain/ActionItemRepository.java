package org.ladder.conversations.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    /** Open ones first (soonest due first, undated last), then the ones done since the last 1:1. */
    @Query("select a from ActionItem a where a.oneOnOne.id = :oneOnOneId and a.meeting is null "
            + "order by case when a.doneAt is null then 0 else 1 end, case when a.dueOn is null then 1 else 0 end, "
            + "a.dueOn, a.addedAt, a.id")
    List<ActionItem> current(@Param("oneOnOneId") long oneOnOneId);

    @Query("select a from ActionItem a where a.meeting.id in :meetingIds order by a.doneAt, a.id")
    List<ActionItem> ofMeetings(@Param("meetingIds") List<Long> meetingIds);

    @Query("select count(a) from ActionItem a where a.oneOnOne.id = :oneOnOneId and a.meeting is null")
    long countCurrent(@Param("oneOnOneId") long oneOnOneId);
}
