package org.ladder.conversations.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Notes are only ever read together with their reader: private notes come back to their writer alone. */
public interface OneOnOneNoteRepository extends JpaRepository<OneOnOneNote, Long> {

    @Query("select n from OneOnOneNote n where n.oneOnOne.id = :oneOnOneId and n.meeting is null "
            + "and (n.shared = true or n.authorId = :readerId) order by n.writtenAt, n.id")
    List<OneOnOneNote> currentReadableBy(@Param("oneOnOneId") long oneOnOneId, @Param("readerId") long readerId);

    @Query("select n from OneOnOneNote n where n.meeting.id in :meetingIds "
            + "and (n.shared = true or n.authorId = :readerId) order by n.writtenAt, n.id")
    List<OneOnOneNote> ofMeetingsReadableBy(@Param("meetingIds") List<Long> meetingIds,
            @Param("readerId") long readerId);

    @Query("select n from OneOnOneNote n where n.oneOnOne.id = :oneOnOneId and n.meeting is null")
    List<OneOnOneNote> allCurrent(@Param("oneOnOneId") long oneOnOneId);
}
