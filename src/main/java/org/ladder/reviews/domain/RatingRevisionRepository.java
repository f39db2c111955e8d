package org.ladder.reviews.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingRevisionRepository extends JpaRepository<RatingRevision, Long> {

    List<RatingRevision> findByReviewIdOrderByRevisedAtAscIdAsc(long reviewId);

    List<RatingRevision> findByReviewIdInOrderByRevisedAtAscIdAsc(Collection<Long> reviewIds);
}
