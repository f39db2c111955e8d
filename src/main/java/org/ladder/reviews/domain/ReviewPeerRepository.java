package org.ladder.reviews.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewPeerRepository extends JpaRepository<ReviewPeer, Long> {

    List<ReviewPeer> findByReviewIdOrderById(long reviewId);

    Optional<ReviewPeer> findByReviewIdAndPeerId(long reviewId, long peerId);

    List<ReviewPeer> findByPeerIdAndStatus(long peerId, ReviewPeer.Status status);

    List<ReviewPeer> findByReviewIdInAndStatus(Collection<Long> reviewIds, ReviewPeer.Status status);
}
