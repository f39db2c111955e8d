package org.ladder.reviews;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.goals.GoalRef;
import org.ladder.goals.PersonGoals;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewAnswer;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewStateException;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps people take in a review: the person's self review, the manager's review with both ratings, sharing,
 * and the person's acknowledgement with an optional response. Each command checks the caller, the step and the
 * version the form read (a conflict when someone else completed the same step first: one result, nothing
 * half-saved), changes the review, completes its task and is audited, in one transaction.
 */
@Service
@Transactional
public class ReviewForms {

    private final ReviewRepository reviews;
    private final ReviewTemplateVersionRepository versions;
    private final ReviewAccess access;
    private final CalibrationGroups groups;
    private final RoundCompletion completion;
    private final PersonGoals goals;
    private final ReviewWorkflow workflow;
    private final AcknowledgementCampaigns campaigns;
    private final AcknowledgementService acknowledgements;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ReviewForms(ReviewRepository reviews, ReviewTemplateVersionRepository versions, ReviewAccess access,
            CalibrationGroups groups, RoundCompletion completion, PersonGoals goals, ReviewWorkflow workflow, AcknowledgementCampaigns campaigns,
            AcknowledgementService acknowledgements, CurrentUser currentUser, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.versions = versions;
        this.access = access;
        this.groups = groups;
        this.completion = completion;
        this.goals = goals;
        this.workflow = workflow;
        this.campaigns = campaigns;
        this.acknowledgements = acknowledgements;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    // --- self review ------------------------------------------------------------------------------------------------

    /** Saves the self review as a draft; returns the review's new version. */
    public long saveSelfReview(long reviewId, long expectedVersion, ReviewAnswers answers, String learnings) {
        Review review = load(reviewId, expectedVersion);
        access.requireSubject(review);
        validateSelf(review, answers, learnings, false);
        guard(() -> review.saveSelf(ReviewRules.toEntity(ReviewAnswer.Author.SELF, answers),
                ReviewRules.blankToNull(learnings)));
        flush("Your self review was changed meanwhile");
        audit.record("review.self-saved", "review", reviewId, "draft");
        return review.version();
    }

    /** Submits the self review: peer input or the manager review follows. */
    public void submitSelfReview(long reviewId, long expectedVersion, ReviewAnswers answers, String learnings) {
        Review review = load(reviewId, expectedVersion);
        access.requireSubject(review);
        ReviewTemplateVersion template = template(review);
        validateSelf(review, answers, learnings, true);
        ReviewStep next = template.peersAsked() ? ReviewStep.PEER_INPUT : ReviewStep.MANAGER_REVIEW;
        guard(() -> review.submitSelf(ReviewRules.toEntity(ReviewAnswer.Author.SELF, answers),
                ReviewRules.blankToNull(learnings), clock.instant(), template.peersAsked(), due(template, next)));
        flush("Your self review was submitted meanwhile");
        complete(() -> workflow.selfReviewed(ReviewLaunches.businessKey(review)),
                "The self review was already submitted.");
        audit.record("review.self-submitted", "review", reviewId, "submitted");
    }

    /**
     * The manager moves on without the self review, once it is late (its step was escalated): peer input or the
     * manager review follows.
     */
    public void skipSelfReview(long reviewId, long expectedVersion) {
        Review review = load(reviewId, expectedVersion);
        access.requireManager(review);
        if (review.escalationLevel() < 1) {
            throw new ReviewRefusedException("The self review can be skipped only once it is late and escalated.");
        }
        ReviewTemplateVersion template = template(review);
        ReviewStep next = template.peersAsked() ? ReviewStep.PEER_INPUT : ReviewStep.MANAGER_REVIEW;
        guard(() -> review.skipSelf(clock.instant(), template.peersAsked(), due(template, next)));
        flush("The self review was submitted meanwhile");
        complete(() -> workflow.selfReviewed(ReviewLaunches.businessKey(review)),
                "The self review was already submitted.");
        audit.record("review.self-skipped", "review", reviewId, "by " + currentUser.actorName());
    }

    // --- manager review ---------------------------------------------------------------------------------------

    /** Saves the manager review as a draft (while peer input is open, too); returns the review's new version. */
    public long saveManagerReview(long reviewId, long expectedVersion, ManagerReviewDraft draft) {
        Review review = load(reviewId, expectedVersion);
        access.requireManager(review);
        guard(review::refuseReopen);
        ReviewTemplateVersion template = template(review);
        throwIf(ReviewRules.manager(draft, template, goalIds(review), false));
        guard(() -> review.saveManager(ReviewRules.toEntity(ReviewAnswer.Author.MANAGER, draft.answers()),
                draft.performance(), ReviewRules.blankToNull(draft.performanceJustification()), draft.alignment(),
                ReviewRules.blankToNull(draft.alignmentJustification())));
        flush("The manager review was changed meanwhile");
        audit.record("review.manager-saved", "review", reviewId, "draft");
        return review.version();
    }

    /** Submits the manager review with both ratings: the calibration of the person's unit follows, or sharing. */
    public void submitManagerReview(long reviewId, long expectedVersion, ManagerReviewDraft draft) {
        Review review = load(reviewId, expectedVersion);
        access.requireManager(review);
        guard(review::refuseReopen);
        ReviewTemplateVersion template = template(review);
        throwIf(ReviewRules.manager(draft, template, goalIds(review), true));
        boolean toCalibration = groups.joins(review);
        ReviewStep next = toCalibration ? ReviewStep.CALIBRATION : ReviewStep.SHARING;
        guard(() -> review.submitManager(ReviewRules.toEntity(ReviewAnswer.Author.MANAGER, draft.answers()),
                draft.performance(), draft.performanceJustification().trim(), draft.alignment(),
                draft.alignmentJustification().trim(), currentUser.actorName(), clock.instant(), toCalibration,
                due(template, next)));
        flush("The manager review was submitted meanwhile");
        complete(() -> workflow.managerReviewed(ReviewLaunches.businessKey(review), toCalibration),
                "The manager review was already submitted.");
        audit.record("review.manager-submitted", "review", reviewId, "performance " + draft.performance()
                + ", alignment " + draft.alignment() + (toCalibration ? "; to calibration" : "; no calibration"));
        groups.settle(review.roundKey(), review.calibrationUnitId());
    }

    // --- sharing and acknowledgement --------------------------------------------------------------------------

    /** The manager shares the review: the person sees it and is asked to acknowledge it. Never reopened after. */
    public void share(long reviewId, long expectedVersion) {
        Review review = load(reviewId, expectedVersion);
        access.requireManager(review);
        ReviewTemplateVersion template = template(review);
        guard(() -> review.share(currentUser.actorName(), clock.instant(),
                due(template, ReviewStep.ACKNOWLEDGEMENT)));
        flush("The review was shared meanwhile");
        complete(() -> workflow.shared(ReviewLaunches.businessKey(review)), "The review was already shared.");
        audit.record("review.shared", "review", reviewId, "shared with person " + review.personId());
        events.publishEvent(new ReviewShared(reviewId, review.personId(),
                currentUser.get().map(u -> u.personId()).orElse(null)));
    }

    /** The person acknowledges the shared review, with an optional response. */
    public void acknowledge(long reviewId, long expectedVersion, String response) {
        Review review = load(reviewId, expectedVersion);
        access.requireSubject(review);
        Map<String, String> errors = new LinkedHashMap<>();
        ReviewRules.text("response", response, ReviewLimits.RESPONSE_MAX_LENGTH, false, null, errors);
        throwIf(errors);
        guard(() -> review.acknowledge(ReviewRules.blankToNull(response), clock.instant()));
        flush("The review was acknowledged meanwhile");
        CampaignSummary campaign = campaigns
                .campaignFor(org.ladder.reviews.workflow.ReviewProcess.ACK_SUBJECT, reviewId)
                .orElseThrow(() -> new ReviewRefusedException("The acknowledgement of this review is not open yet."));
        acknowledgements.acknowledge(campaign.id(), null);
        audit.record("review.acknowledged", "review", reviewId, response == null || response.isBlank()
                ? "no response" : "with a response");
        completion.check(review.roundKey());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Review load(long reviewId, long expectedVersion) {
        Review review = reviews.findById(reviewId).orElseThrow(
                () -> new AccessDeniedException("You may not see this review."));
        if (review.version() != expectedVersion) {
            throw new ConcurrentEditException("Someone else changed this review meanwhile (" + stepLabel(review)
                    + "). Reload it to see their change.");
        }
        return review;
    }

    private void validateSelf(Review review, ReviewAnswers answers, String learnings, boolean submitting) {
        Map<String, String> errors = ReviewRules.answers(answers, template(review), goalIds(review), submitting);
        ReviewRules.text("learnings", learnings, ReviewLimits.LEARNINGS_MAX_LENGTH, false, null, errors);
        throwIf(errors);
    }

    private Set<Long> goalIds(Review review) {
        return goals.of(review.personId()).stream().map(GoalRef::id).collect(Collectors.toSet());
    }

    private ReviewTemplateVersion template(Review review) {
        return versions.findById(review.templateVersionId()).orElseThrow();
    }

    static Instant due(ReviewTemplateVersion template, ReviewStep step, Clock clock) {
        return template.dueFrom(clock.instant(), step);
    }

    private Instant due(ReviewTemplateVersion template, ReviewStep step) {
        return due(template, step, clock);
    }

    private void flush(String conflict) {
        try {
            reviews.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(conflict + ". Reload the review to see it.");
        }
    }

    private static void guard(Runnable transition) {
        try {
            transition.run();
        } catch (ReviewStateException e) {
            throw new ReviewRefusedException(e.getMessage());
        }
    }

    private static void complete(Runnable completion, String already) {
        try {
            completion.run();
        } catch (TaskAlreadyCompletedException e) {
            throw new ConcurrentEditException(already + " Reload the review to see it.");
        }
    }

    private static void throwIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String stepLabel(Review review) {
        return "it is now at " + review.step().name().toLowerCase().replace('_', ' ');
    }
}
