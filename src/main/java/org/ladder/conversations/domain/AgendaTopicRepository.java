package org.ladder.conversations.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgendaTopicRepository extends JpaRepository<AgendaTopic, Long> {

    /** The current agenda: topics a check-in raised first, then in the order they were added. */
    @Query("select t from AgendaTopic t where t.oneOnOne.id = :oneOnOneId and t.meeting is null "
            + "order by case when t.goalId is null then 1 else 0 end, t.addedAt, t.id")
    List<AgendaTopic> current(@Param("oneOnOneId") long oneOnOneId);

    @Query("select t from AgendaTopic t where t.meeting.id in :meetingIds order by t.addedAt, t.id")
    List<AgendaTopic> ofMeetings(@Param("meetingIds") List<Long> meetingIds);

    @Query("select count(t) from AgendaTopic t where t.oneOnOne.id = :oneOnOneId and t.meeting is null")
    long countCurrent(@Param("oneOnOneId") long oneOnOneId);
}
