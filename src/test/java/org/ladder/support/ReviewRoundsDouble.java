package org.ladder.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ladder.reviews.RatingDistributions;
import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewRoundProgress;
import org.ladder.reviews.ReviewRoundRequest;
import org.ladder.reviews.ReviewRoundStarted;
import org.ladder.reviews.ReviewRounds;
import org.ladder.reviews.ReviewStep;
import org.ladder.reviews.ReviewTemplateSummary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A stand-in for the reviews module's {@link ReviewRounds} while its implementation is not on this branch
 * (test-only; the real one replaces it as soon as it exists: the bean is only made when none is there). It records
 * the rounds the cycle starts and cancels, and a test says when a round is complete.
 */
@Configuration
public class ReviewRoundsDouble {

    public static final long TEMPLATE_ID = 990_001L;

    @Bean
    @ConditionalOnMissingBean(ReviewRounds.class)
    Recorder recordingReviewRounds() {
        return new Recorder();
    }

    /** The recording double. */
    public static class Recorder implements ReviewRounds {

        public final List<ReviewRoundRequest> started = new CopyOnWriteArrayList<>();
        public final List<String> cancelled = new CopyOnWriteArrayList<>();
        private final Map<String, Boolean> complete = new ConcurrentHashMap<>();

        @Override
        public List<ReviewTemplateSummary> usableTemplates() {
            return List.of(new ReviewTemplateSummary(TEMPLATE_ID, 1, "Half-year review (test)", false));
        }

        @Override
        public ReviewRoundStarted start(ReviewRoundRequest request) {
            boolean again = started.stream().anyMatch(r -> r.roundKey().equals(request.roundKey()));
            started.add(request);
            return new ReviewRoundStarted(request.roundKey(), again ? 0 : 1, again ? 1 : 0);
        }

        public void complete(String roundKey) {
            complete.put(roundKey, true);
        }

        @Override
        public ReviewRoundProgress progress(String roundKey) {
            boolean done = complete.getOrDefault(roundKey, false);
            return new ReviewRoundProgress(roundKey, 1, Map.of(done ? ReviewStep.DONE : ReviewStep.SELF_REVIEW, 1), 0);
        }

        @Override
        public RatingDistributions distributions(String roundKey, Long unitId) {
            RatingScale scale = new RatingScale("Test", List.of("Low", "Middle", "High"));
            return new RatingDistributions(scale, scale, new int[] {0, 1, 0}, new int[] {0, 0, 1}, 0, 1);
        }

        @Override
        public List<String> learnings(String roundKey, int limit) {
            return new ArrayList<>(List.of("Learned to say no to side projects"));
        }

        @Override
        public void cancel(String roundKey, String reason) {
            cancelled.add(roundKey);
        }
    }
}
