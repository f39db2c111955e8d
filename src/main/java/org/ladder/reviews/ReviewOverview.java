package org.ladder.reviews;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ladder.base.ValidationException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.people.PeopleService;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewRound;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's overview of a round (HR and administrators): progress per step, the late ones, per unit, and both rating
 * distributions side by side with the “high performance, low alignment” count. Every figure is one aggregate query
 * over the round (grouped counts), so 50,000 reviews cost a handful of statements.
 */
@Service
@Transactional(readOnly = true)
public class ReviewOverview {

    /** The most late reviews one page lists. */
    public static final int MAX_PAGE = 200;

    private final ReviewRepository reviews;
    private final ReviewRoundRepository rounds;
    private final ReviewTemplateVersionRepository versions;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewOverview(ReviewRepository reviews, ReviewRoundRepository rounds, ReviewTemplateVersionRepository versions,
            PeopleService people, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.rounds = rounds;
        this.versions = versions;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public boolean maySeeOverview() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN);
    }

    /** The round's progress, for everyone in it or a unit subtree. */
    public ReviewRoundProgress progress(String roundKey, Long unitId) {
        requireHr();
        return progressOf(roundKey, unitId);
    }

    /** Both distributions, for everyone in the round or a unit subtree. */
    public RatingDistributions distributions(String roundKey, Long unitId) {
        requireHr();
        return distributionsOf(roundKey, unitId);
    }

    /** Per unit with reviews in the round: totals per step and late ones, by unit name. */
    public List<UnitReviewProgress> perUnit(String roundKey) {
        requireHr();
        round(roundKey);
        Map<Long, Map<ReviewStep, Integer>> steps = new LinkedHashMap<>();
        for (Object[] row : reviews.countByUnitAndStep(roundKey)) {
            steps.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ReviewStep.class))
                    .merge((ReviewStep) row[1], ((Number) row[2]).intValue(), Integer::sum);
        }
        Map<Long, Integer> late = new HashMap<>();
        for (Object[] row : reviews.countLateByUnit(roundKey, clock.instant())) {
            late.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Set<Long> ids = new HashSet<>(steps.keySet());
        ids.remove(null);
        Map<Long, String> names = ids.isEmpty() ? Map.of() : people.unitNames(ids);
        List<UnitReviewProgress> result = new ArrayList<>();
        steps.forEach((unit, at) -> result.add(new UnitReviewProgress(unit, unit == null ? "(no unit)"
                : names.getOrDefault(unit, "Unit " + unit), at.values().stream().mapToInt(Integer::intValue).sum(),
                at, late.getOrDefault(unit, 0))));
        result.sort(java.util.Comparator.comparing(UnitReviewProgress::unitName, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /** The late reviews of the round, the longest overdue first. */
    public List<ReviewRow> late(String roundKey, int offset, int limit) {
        requireHr();
        round(roundKey);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<Review> page = reviews.late(roundKey, clock.instant(), PageRequest.of(Math.max(0, offset) / size, size));
        return rows(page);
    }

    public long countLate(String roundKey) {
        requireHr();
        return reviews.countLate(roundKey, clock.instant());
    }

    // --- for the module and ReviewRounds (no caller check) -----------------------------------------------------

    ReviewRoundProgress progressOf(String roundKey, Long unitId) {
        round(roundKey);
        Map<ReviewStep, Integer> at = new EnumMap<>(ReviewStep.class);
        List<Object[]> counts = unitId == null ? reviews.countByStep(roundKey)
                : reviews.countByStepIn(roundKey, subtree(unitId));
        int total = 0;
        for (Object[] row : counts) {
            int n = ((Number) row[1]).intValue();
            at.put((ReviewStep) row[0], n);
            total += n;
        }
        int late;
        if (unitId == null) {
            late = (int) reviews.countLate(roundKey, clock.instant());
        } else {
            Set<Long> units = subtree(unitId);
            late = reviews.countLateByUnit(roundKey, clock.instant()).stream().filter(r -> units.contains(r[0]))
                    .mapToInt(r -> ((Number) r[1]).intValue()).sum();
        }
        return new ReviewRoundProgress(roundKey, total, at, late);
    }

    RatingDistributions distributionsOf(String roundKey, Long unitId) {
        ReviewRound round = round(roundKey);
        ReviewTemplateVersion v = versions.findById(round.templateVersionId()).orElseThrow();
        List<Object[]> grid = unitId == null ? reviews.ratingGrid(roundKey)
                : reviews.ratingGridIn(roundKey, subtree(unitId));
        return RatingDistributions.of(v.performanceScale(), v.alignmentScale(), grid);
    }

    List<ReviewRow> rows(List<Review> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> units = new HashSet<>();
        for (Review r : page) {
            ids.add(r.personId());
            if (r.managerId() != null) {
                ids.add(r.managerId());
            }
            if (r.unitId() != null) {
                units.add(r.unitId());
            }
        }
        Map<Long, String> names = new HashMap<>();
        people.placements(ids).forEach(p -> names.put(p.id(), p.displayName()));
        Map<Long, String> unitNames = units.isEmpty() ? Map.of() : people.unitNames(units);
        java.time.Instant now = clock.instant();
        return page.stream().map(r -> new ReviewRow(r.id(), r.version(), r.roundKey(), r.personId(),
                names.getOrDefault(r.personId(), "Person " + r.personId()), r.unitId(),
                r.unitId() == null ? null : unitNames.get(r.unitId()), r.managerId(),
                r.managerId() == null ? null : names.get(r.managerId()), r.step(), r.stepDueAt(), r.isLate(now)))
                .toList();
    }

    private Set<Long> subtree(long unitId) {
        return people.unitIdsAtOrBelow(List.of(unitId));
    }

    private ReviewRound round(String roundKey) {
        return rounds.findByRoundKey(roundKey).orElseThrow(
                () -> new ValidationException(Map.of("roundKey", "There is no review round " + roundKey + ".")));
    }

    private void requireHr() {
        if (!maySeeOverview()) {
            throw new AccessDeniedException("Only HR and administrators see the review overview.");
        }
    }

}
