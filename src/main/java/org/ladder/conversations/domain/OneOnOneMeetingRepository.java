package org.ladder.conversations.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OneOnOneMeetingRepository extends JpaRepository<OneOnOneMeeting, Long> {

    @Query("select m from OneOnOneMeeting m where m.oneOnOne.id = :oneOnOneId order by m.heldOn desc, m.id desc")
    List<OneOnOneMeeting> latest(@Param("oneOnOneId") long oneOnOneId, Pageable page);

    @Query("select count(m) from OneOnOneMeeting m where m.oneOnOne.id = :oneOnOneId")
    long countOf(@Param("oneOnOneId") long oneOnOneId);
}
