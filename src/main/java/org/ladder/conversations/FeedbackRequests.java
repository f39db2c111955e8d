package org.ladder.conversations;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.audit.AuditLog;
import org.ladder.conversations.domain.Feedback;
import org.ladder.conversations.domain.FeedbackRequest;
import org.ladder.conversations.domain.FeedbackRequestRepository;
import org.ladder.conversations.workflow.FeedbackRequestProcess;
import org.ladder.people.PeopleService;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requesting feedback: a person asks a colleague (optionally about one of the requester's own goals, with a note);
 * {@code feedback-request} gives the colleague a task with a due date and a reminder. The colleague answers from the
 * task — gives feedback (visible to the requester) or declines — and the requester is told either way; the
 * requester may withdraw an open request. Each answer changes the request, completes the task and is audited in one
 * transaction.
 */
@Service
@Transactional
public class FeedbackRequests {

    private final FeedbackRequestRepository requests;
    private final FeedbackGiving giving;
    private final FeedbackAccess access;
    private final FeedbackRows rows;
    private final FeedbackWorkflow workflow;
    private final FeedbackTimings timings;
    private final PeopleService people;
    private final InboxService inbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackRequests(FeedbackRequestRepository requests, FeedbackGiving giving, FeedbackAccess access,
            FeedbackRows rows, FeedbackWorkflow workflow, FeedbackTimings timings, PeopleService people,
            InboxService inbox, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.giving = giving;
        this.access = access;
        this.rows = rows;
        this.workflow = workflow;
        this.timings = timings;
        this.people = people;
        this.inbox = inbox;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Asks {@code colleagueId} for feedback; returns the request's id. Every broken rule at once, nothing saved. */
    public long request(Long colleagueId, Long goalId, String note) {
        long me = access.me();
        Map<String, String> errors = new LinkedHashMap<>();
        String colleagueUsername = null;
        if (colleagueId == null) {
            errors.put("colleague", "Choose whom to ask.");
        } else if (colleagueId == me) {
            errors.put("colleague", "You cannot ask yourself for feedback.");
        } else if (!people.isActive(colleagueId) || (colleagueUsername = people.usernameOf(colleagueId)
                .orElse(null)) == null) {
            errors.put("colleague", "Choose someone who works here now.");
        } else if (requests.existsByRequesterIdAndColleagueIdAndStatus(me, colleagueId, FeedbackRequestStatus.OPEN)) {
            errors.put("colleague", "You already asked " + rows.name(colleagueId) + ": wait for the answer, or "
                    + "withdraw that request first.");
        }
        if (goalId != null && !rows.goalsOf(me).containsKey(goalId)) {
            errors.put("goal", "Choose one of your own goals.");
        }
        String text = FeedbackRules.text(note, false, FeedbackLimits.NOTE_MAX_LENGTH, "note", null, errors);
        FeedbackRules.throwIfAny(errors);
        var now = clock.instant();
        FeedbackRequest request = requests.save(new FeedbackRequest(me, colleagueId, goalId, text, now,
                now.plus(timings.requestDue())));
        workflow.startRequest(request.getId(), colleagueUsername);
        audit.record("feedback.requested", "feedback-request", request.getId(), "from person " + colleagueId
                + (goalId == null ? "" : ", about goal " + goalId));
        return request.getId();
    }

    /** The requester withdraws an open request ({@code expectedVersion} as read): the colleague's task ends. */
    public void withdraw(long requestId, long expectedVersion) {
        FeedbackRequest request = requests.findById(requestId).filter(r -> r.getRequesterId() == access.me())
                .orElseThrow(() -> new AccessDeniedException("No such request of yours."));
        if (request.getVersion() != expectedVersion || !request.isOpen()) {
            throw conflict();
        }
        request.withdraw(clock.instant());
        flush(request);
        workflow.withdrawRequest(requestId);
        audit.record("feedback.request.withdrawn", "feedback-request", requestId, null);
    }

    /** The colleague gives feedback from their task; it goes to the requester, who reads it and is told. */
    public long give(String taskId, FeedbackAnswer answer) {
        FeedbackRequest request = openRequestOfMyTask(taskId);
        long me = access.me();
        Long goal = request.getGoalId() != null && rows.goalsOf(request.getRequesterId())
                .containsKey(request.getGoalId()) ? request.getGoalId() : null;
        Feedback given = giving.save(new FeedbackDraft(request.getRequesterId(), answer.kind(), goal,
                answer.charterValue(), FeedbackVisibility.RECEIVER, answer.text()), me, request.getId());
        request.answer(given.getId(), clock.instant());
        flushAnswer(request);
        inbox.complete(taskId, FeedbackRequestProcess.given());
        audit.record("feedback.request.answered", "feedback-request", request.getId(), "feedback " + given.getId());
        events.publishEvent(new FeedbackRequestAnswered(request.getId(), request.getRequesterId(), me, false,
                given.getId(), null));
        return given.getId();
    }

    /** The colleague declines, optionally saying why; the requester is told. */
    public void decline(String taskId, String reason) {
        FeedbackRequest request = openRequestOfMyTask(taskId);
        Map<String, String> errors = new LinkedHashMap<>();
        String text = FeedbackRules.text(reason, false, FeedbackLimits.DECLINE_REASON_MAX_LENGTH, "reason", null,
                errors);
        FeedbackRules.throwIfAny(errors);
        request.decline(text, clock.instant());
        flushAnswer(request);
        inbox.complete(taskId, FeedbackRequestProcess.declined());
        audit.record("feedback.request.declined", "feedback-request", request.getId(), text);
        events.publishEvent(new FeedbackRequestAnswered(request.getId(), request.getRequesterId(), access.me(), true,
                null, text));
    }

    /** The request behind the caller's task, for its form. */
    @Transactional(readOnly = true)
    public FeedbackRequestItem requestOfTask(String taskId) {
        FeedbackRequest request = openRequestOfMyTask(taskId);
        return rows.requests(List.of(request), Map.of(request.getId(), taskId)).get(0);
    }

    /** Open requests the caller was asked, soonest due first. */
    @Transactional(readOnly = true)
    public List<FeedbackRequestItem> askedOfMe(long offset, int limit) {
        List<FeedbackRequest> page = requests.askedOf(access.me(), FeedbackRequestStatus.OPEN,
                FeedbackQueries.page(offset, limit));
        return rows.requests(page, workflow.openTasks(page.stream().map(FeedbackRequest::getId).toList()));
    }

    @Transactional(readOnly = true)
    public long countAskedOfMe() {
        return requests.countByColleagueIdAndStatus(access.me(), FeedbackRequestStatus.OPEN);
    }

    /** The requests the caller made, newest first. */
    @Transactional(readOnly = true)
    public List<FeedbackRequestItem> sentByMe(long offset, int limit) {
        return rows.requests(requests.sentBy(access.me(), FeedbackQueries.page(offset, limit)), Map.of());
    }

    @Transactional(readOnly = true)
    public long countSentByMe() {
        return requests.countByRequesterId(access.me());
    }

    /** How long after a request its answer is due. */
    public java.time.Duration dueIn() {
        return timings.requestDue();
    }

    /** The caller's own goals, for asking about one. */
    @Transactional(readOnly = true)
    public List<org.ladder.goals.GoalRef> myGoals() {
        return rows.goalChoices(access.me());
    }

    private FeedbackRequest openRequestOfMyTask(String taskId) {
        TaskInfo task = inbox.task(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(
                "This request is no longer open: it was answered, withdrawn or has expired."));
        if (!FeedbackRequestProcess.KEY.equals(task.processDefinitionKey())
                || !FeedbackRequestProcess.TASK_GIVE.equals(task.taskDefinitionKey())) {
            throw new AccessDeniedException("This is not a feedback request.");
        }
        FeedbackRequest request = requests.findById(FeedbackRequestProcess.requestId(task.businessKey()))
                .orElseThrow(() -> new TaskAlreadyCompletedException("This request no longer exists."));
        if (request.getColleagueId() != access.me()) {
            throw new AccessDeniedException("Only the colleague who was asked answers this request.");
        }
        if (!request.isOpen()) {
            throw new TaskAlreadyCompletedException("This request is no longer open ("
                    + request.getStatus().label().toLowerCase() + ").");
        }
        return request;
    }

    private void flush(FeedbackRequest request) {
        try {
            requests.saveAndFlush(request);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
    }

    /** The colleague's answer: a request withdrawn or expired meanwhile ends their task, as the task form says. */
    private void flushAnswer(FeedbackRequest request) {
        try {
            flush(request);
        } catch (ConcurrentEditException e) {
            throw new TaskAlreadyCompletedException("This request was withdrawn or has expired meanwhile: your "
                    + "answer was not saved.");
        }
    }

    private static ConcurrentEditException conflict() {
        return new ConcurrentEditException("This request changed meanwhile (it was answered, withdrawn or has "
                + "expired). Reload to see where it stands.");
    }
}
