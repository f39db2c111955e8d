package org.ladder.conversations.domain;

import java.util.Collection;
import java.util.List;

import org.ladder.conversations.FeedbackVisibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Feedback, newest first in every list. */
public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    @Query("select f from Feedback f where f.receiverId = :receiver and f.visibility = :visibility "
            + "order by f.givenAt desc, f.id desc")
    List<Feedback> received(@Param("receiver") long receiver, @Param("visibility") FeedbackVisibility visibility,
            Pageable page);

    long countByReceiverIdAndVisibility(long receiverId, FeedbackVisibility visibility);

    @Query("select f from Feedback f where f.giverId = :giver order by f.givenAt desc, f.id desc")
    List<Feedback> given(@Param("giver") long giver, Pageable page);

    long countByGiverId(long giverId);

    @Query("select f from Feedback f where f.receiverId in :receivers order by f.givenAt desc, f.id desc")
    List<Feedback> receivedByAny(@Param("receivers") Collection<Long> receivers, Pageable page);

    long countByReceiverIdIn(Collection<Long> receiverIds);

    /** Everyone's feedback except what is private about {@code me} (HR's view). */
    @Query("select f from Feedback f where not (f.receiverId = :me and f.visibility = :hidden) "
            + "order by f.givenAt desc, f.id desc")
    List<Feedback> allBut(@Param("me") long me, @Param("hidden") FeedbackVisibility hidden, Pageable page);

    @Query("select count(f) from Feedback f where not (f.receiverId = :me and f.visibility = :hidden)")
    long countAllBut(@Param("me") long me, @Param("hidden") FeedbackVisibility hidden);

    @Query("select f from Feedback f where f.receiverId = :receiver and f.giverId = :giver "
            + "order by f.givenAt desc, f.id desc")
    List<Feedback> givenTo(@Param("receiver") long receiver, @Param("giver") long giver, Pageable page);

    long countByReceiverIdAndGiverId(long receiverId, long giverId);

    @Query("select f from Feedback f where f.receiverId = :receiver order by f.givenAt desc, f.id desc")
    List<Feedback> allReceived(@Param("receiver") long receiver, Pageable page);

    long countByReceiverId(long receiverId);
}
