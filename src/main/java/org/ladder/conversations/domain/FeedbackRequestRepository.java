package org.ladder.conversations.domain;

import java.util.List;

import org.ladder.conversations.FeedbackRequestStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Feedback requests, newest first. */
public interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

    @Query("select r from FeedbackRequest r where r.colleagueId = :colleague and r.status = :status "
            + "order by r.dueAt asc, r.id asc")
    List<FeedbackRequest> askedOf(@Param("colleague") long colleague, @Param("status") FeedbackRequestStatus status,
            Pageable page);

    long countByColleagueIdAndStatus(long colleagueId, FeedbackRequestStatus status);

    @Query("select r from FeedbackRequest r where r.requesterId = :requester order by r.requestedAt desc, r.id desc")
    List<FeedbackRequest> sentBy(@Param("requester") long requester, Pageable page);

    long countByRequesterId(long requesterId);

    boolean existsByRequesterIdAndColleagueIdAndStatus(long requesterId, long colleagueId,
            FeedbackRequestStatus status);
}
