package org.ladder.reviews.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.durationValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringList;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.reviews.ReviewLimits;
import org.ladder.reviews.ReviewStep;

/**
 * The contract of {@code bpmn/review.bpmn}, {@code bpmn/review-calibration.bpmn} and {@code bpmn/review-launch.bpmn}
 * (ADR 0024):
 * <ul>
 * <li>{@code review}: one instance per person and round (business key {@code review:<roundKey>:<personId>}). Self
 * review; when the template asks, the manager names up to {@value ReviewLimits#MAX_PEERS} colleagues (or confirms the
 * person's proposal) and each gets a task that they answer or decline, with a reminder, until the peer input closes;
 * the manager review with both ratings; the wait for the calibration of the person's calibration unit (when there is
 * one); sharing by the manager; the acknowledgement campaign of one person, with a reminder. Each person's step
 * (self review, manager review, sharing) is reminded when due, offered to the manager above when late and to HR when
 * far too late. A message ends every task and timer (the person left, the round was cancelled).</li>
 * <li>{@code review-calibration}: one instance per round and calibration unit (business key
 * {@code review-calibration:<roundKey>:<unitId>}), one task for the unit's head and HR.</li>
 * <li>{@code review-launch}: one instance per chunk of at most {@value ReviewLimits#CHUNK_SIZE} reviews, whose one
 * asynchronous step starts the reviews' instances idempotently.</li>
 * </ul>
 * The variables carry ids and usernames only; the inbox names the person through {@code ReviewTaskSubjects}.
 */
public final class ReviewProcess {

    public static final String KEY = "review";
    public static final String CALIBRATION_KEY = "review-calibration";
    public static final String LAUNCH_KEY = "review-launch";

    public static final String TASK_SELF_REVIEW = "Task_SelfReview";
    public static final String TASK_NAME_PEERS = "Task_NamePeers";
    public static final String TASK_GIVE_PEER_INPUT = "Task_GivePeerInput";
    public static final String TASK_MANAGER_REVIEW = "Task_ManagerReview";
    public static final String TASK_AWAIT_CALIBRATION = "Task_AwaitCalibration";
    public static final String TASK_SHARE_REVIEW = "Task_ShareReview";
    public static final String TASK_ASK_ACKNOWLEDGEMENT = "Task_AskAcknowledgement";
    public static final String TASK_AWAIT_ACKNOWLEDGEMENT = "Task_AwaitAcknowledgement";
    public static final String TASK_LAPSE_PEER_INPUT = "Task_LapsePeerInput";
    public static final String TASK_CALIBRATE = "Task_CalibrateRatings";
    public static final String TASK_START_REVIEWS = "Task_StartReviews";

    public static final String TIMER_REMIND_SELF_REVIEW = "Timer_RemindSelfReview";
    public static final String TIMER_ESCALATE_SELF_REVIEW = "Timer_EscalateSelfReview";
    public static final String TIMER_SELF_REVIEW_TO_HR = "Timer_SelfReviewToHr";
    public static final String TIMER_REMIND_MANAGER_REVIEW = "Timer_RemindManagerReview";
    public static final String TIMER_ESCALATE_MANAGER_REVIEW = "Timer_EscalateManagerReview";
    public static final String TIMER_MANAGER_REVIEW_TO_HR = "Timer_ManagerReviewToHr";
    public static final String TIMER_REMIND_SHARING = "Timer_RemindSharing";
    public static final String TIMER_ESCALATE_SHARING = "Timer_EscalateSharing";
    public static final String TIMER_SHARING_TO_HR = "Timer_SharingToHr";
    public static final String TIMER_REMIND_NAME_PEERS = "Timer_RemindNamePeers";
    public static final String TIMER_REMIND_PEERS = "Timer_RemindPeers";
    public static final String TIMER_PEER_INPUT_LAPSES = "Timer_PeerInputLapses";
    public static final String TIMER_REMIND_ACKNOWLEDGEMENT = "Timer_RemindAcknowledgement";
    public static final String TIMER_REMIND_CALIBRATION = "Timer_RemindCalibration";
    public static final String TIMER_ESCALATE_CALIBRATION = "Timer_EscalateCalibration";

    public static final String END_ACKNOWLEDGED = "EndEvent_Acknowledged";
    public static final String END_CLOSED_UNACKNOWLEDGED = "EndEvent_ClosedUnacknowledged";
    public static final String END_REVIEW_ENDED = "EndEvent_ReviewEnded";
    public static final String END_CALIBRATED = "EndEvent_Calibrated";

    public static final String MESSAGE_CALIBRATED = "review.calibrated";
    public static final String MESSAGE_ACKNOWLEDGED = "review.acknowledged";
    public static final String MESSAGE_ACKNOWLEDGEMENTS_CLOSED = "review.acknowledgementClosed";
    public static final String MESSAGE_ENDED = "review.ended";

    /** Acknowledgement campaigns of shared reviews use this subject type; the subject id is the review's id. */
    public static final String ACK_SUBJECT = "review";

    public static final ProcessVariable<Long> REVIEW_ID = longValue("reviewId");
    public static final ProcessVariable<String> PERSON = stringValue("person");
    public static final ProcessVariable<String> MANAGER = stringValue("manager");
    public static final ProcessVariable<Boolean> PEERS_ASKED = booleanValue("peersAsked");
    public static final ProcessVariable<Boolean> ANY_PEERS = booleanValue("anyPeers");
    public static final ProcessVariable<List<String>> PEERS = stringList("peers");
    public static final ProcessVariable<Boolean> CALIBRATION_NEEDED = booleanValue("calibrationNeeded");
    /** The inbox's description without a viewer: “Review 42” (ids only). */
    public static final ProcessVariable<String> LABEL = stringValue("reviewLabel");
    /** The input parameters of the nudge steps: which task, and remind, escalate or hr. */
    public static final ProcessVariable<String> NUDGE_TASK = stringValue("task");
    public static final ProcessVariable<String> NUDGE = stringValue("nudge");
    public static final ProcessVariable<Long> CALIBRATION_ID = longValue("calibrationId");
    public static final ProcessVariable<String> HEAD = stringValue("head");
    public static final ProcessVariable<Duration> CALIBRATION_REMIND = durationValue("calibrationRemind");
    public static final ProcessVariable<Duration> CALIBRATION_ESCALATE = durationValue("calibrationEscalate");
    public static final ProcessVariable<Duration> PEER_INPUT_REMIND = durationValue("peerInputRemind");
    public static final ProcessVariable<Duration> PEER_INPUT_LAPSE = durationValue("peerInputLapse");
    public static final ProcessVariable<Duration> ACKNOWLEDGEMENT_REMIND = durationValue("acknowledgementRemind");
    /** The launch chunk: the review ids, comma-separated. */
    public static final ProcessVariable<String> REVIEWS = stringValue("reviews");

    /** The timed person steps with the prefix of their three timer variables ({@code selfReviewRemind}, …). */
    private static final Map<ReviewStep, String> TIMED = Map.of(ReviewStep.SELF_REVIEW, "selfReview",
            ReviewStep.MANAGER_REVIEW, "managerReview", ReviewStep.SHARING, "sharing");

    private ReviewProcess() {
    }

    public static String businessKey(String roundKey, long personId) {
        return "review:" + roundKey + ":" + personId;
    }

    /** The round and person of a review business key; empty for another key. */
    public static java.util.Optional<Map.Entry<String, Long>> parse(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("review:")) {
            return java.util.Optional.empty();
        }
        int last = businessKey.lastIndexOf(':');
        if (last <= "review:".length()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Map.entry(businessKey.substring("review:".length(), last),
                    Long.valueOf(businessKey.substring(last + 1))));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public static String calibrationBusinessKey(String roundKey, long unitId) {
        return "review-calibration:" + roundKey + ":" + unitId;
    }

    /** The round and unit of a calibration business key; empty for another key. */
    public static java.util.Optional<Map.Entry<String, Long>> parseCalibration(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("review-calibration:")) {
            return java.util.Optional.empty();
        }
        int last = businessKey.lastIndexOf(':');
        try {
            return java.util.Optional.of(Map.entry(businessKey.substring("review-calibration:".length(), last),
                    Long.valueOf(businessKey.substring(last + 1))));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return java.util.Optional.empty();
        }
    }

    public static String launchBusinessKey(String request, int chunk) {
        return "review-launch/" + request + "/" + chunk;
    }

    /**
     * The start of a person's review: who writes what, whether peers are asked, and the timers of each step from
     * the template version's deadlines (reminder when due, the manager above {@value ReviewLimits#ESCALATE_AFTER_DAYS}
     * days later, HR {@value ReviewLimits#HR_AFTER_DAYS} days later).
     */
    public static ProcessVariables start(long reviewId, String person, String manager, boolean peersAsked,
            Map<ReviewStep, Integer> deadlineDays) {
        ProcessVariables v = ProcessVariables.of(REVIEW_ID, reviewId).with(PERSON, person).with(MANAGER, manager)
                .with(PEERS_ASKED, peersAsked).with(LABEL, "Review " + reviewId);
        TIMED.forEach((step, prefix) -> {
            int days = days(deadlineDays, step);
            v.with(durationValue(prefix + "Remind"), Duration.ofDays(days))
                    .with(durationValue(prefix + "Escalate"), Duration.ofDays(days + ReviewLimits.ESCALATE_AFTER_DAYS))
                    .with(durationValue(prefix + "ToHr"), Duration.ofDays(days + ReviewLimits.HR_AFTER_DAYS));
        });
        int peerDays = days(deadlineDays, ReviewStep.PEER_INPUT);
        return v.with(PEER_INPUT_REMIND, Duration.ofDays(Math.max(1, peerDays - 2)))
                .with(PEER_INPUT_LAPSE, Duration.ofDays(peerDays))
                .with(ACKNOWLEDGEMENT_REMIND, Duration.ofDays(days(deadlineDays, ReviewStep.ACKNOWLEDGEMENT)));
    }

    /** The timer variable names of a timed person step, for tests: remind, escalate, to HR. */
    public static List<String> timerVariables(ReviewStep step) {
        String prefix = TIMED.get(step);
        return prefix == null ? List.of() : List.of(prefix + "Remind", prefix + "Escalate", prefix + "ToHr");
    }

    /** {@link #TASK_NAME_PEERS} completed: these colleagues (usernames; none: straight to the manager review). */
    public static ProcessVariables peersNamed(List<String> usernames) {
        return ProcessVariables.of(PEERS, usernames).with(ANY_PEERS, !usernames.isEmpty());
    }

    /** {@link #TASK_MANAGER_REVIEW} completed: to the calibration wait, or straight to sharing. */
    public static ProcessVariables managerReviewed(boolean calibrationNeeded) {
        return ProcessVariables.of(CALIBRATION_NEEDED, calibrationNeeded);
    }

    public static ProcessVariables calibration(long calibrationId, String head, int deadlineDays) {
        return ProcessVariables.of(CALIBRATION_ID, calibrationId).with(HEAD, head)
                .with(CALIBRATION_REMIND, Duration.ofDays(deadlineDays))
                .with(CALIBRATION_ESCALATE, Duration.ofDays(deadlineDays + ReviewLimits.ESCALATE_AFTER_DAYS));
    }

    public static ProcessVariables launch(List<Long> reviewIds) {
        if (reviewIds.size() > ReviewLimits.CHUNK_SIZE) {
            throw new IllegalArgumentException("A chunk holds at most " + ReviewLimits.CHUNK_SIZE + " reviews");
        }
        return ProcessVariables.of(REVIEWS, String.join(",", reviewIds.stream().map(String::valueOf).toList()));
    }

    public static List<Long> reviews(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }

    private static int days(Map<ReviewStep, Integer> deadlineDays, ReviewStep step) {
        return deadlineDays.getOrDefault(step, ReviewLimits.DEFAULT_DEADLINE_DAYS);
    }
}
