package org.ladder.reviews.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.ui.Formats;
import org.ladder.checkins.CheckInQueries;
import org.ladder.conversations.FeedbackQueries;
import org.ladder.goals.GoalRef;
import org.ladder.people.PeopleService;
import org.ladder.reviews.ReviewDetails;
import org.ladder.reviews.ReviewForms;
import org.ladder.reviews.ReviewPeers;
import org.ladder.reviews.ReviewQueries;
import org.ladder.reviews.ReviewStep;
import org.ladder.reviews.SelfReviewForm;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * One review, as the signed-in person may see it, with the form of the step that is theirs now: the person's self
 * review (and proposing colleagues), the manager's naming of colleagues, manager review and sharing, the person's
 * acknowledgement and response; otherwise what they may read. The person sees their review only once shared, and
 * never the peer names or the calibration; anyone else outside the chain and HR is refused.
 */
@Route(ReviewView.ROUTE + "/:reviewId([0-9]+)")
@PermitAll
class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "review";
    /** How much feedback of the period the manager review shows. */
    static final int FEEDBACK_SHOWN = 50;

    private final transient ReviewQueries queries;
    private final transient ReviewForms forms;
    private final transient ReviewPeers peers;
    private final transient PeopleService people;
    private final transient CheckInQueries checkIns;
    private final transient FeedbackQueries feedback;
    private final transient CurrentUser currentUser;
    private String title = "Review";
    ReviewDetails details;
    private long reviewId;

    ReviewView(ReviewQueries queries, ReviewForms forms, ReviewPeers peers, PeopleService people,
            CheckInQueries checkIns, FeedbackQueries feedback, CurrentUser currentUser) {
        this.queries = queries;
        this.forms = forms;
        this.peers = peers;
        this.people = people;
        this.checkIns = checkIns;
        this.feedback = feedback;
        this.currentUser = currentUser;
        setId("review-view");
        addClassName("ladder-reviews");
        setWidthFull();
    }

    static String path(long reviewId) {
        return ROUTE + "/" + reviewId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("reviewId").orElse(-1L);
        try {
            open(id);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    /**
     * The review as the caller may read it; for the person under review before it is shared, only their own self
     * review (the service shows them nothing else until then).
     */
    private void open(long id) {
        try {
            show(queries.review(id));
        } catch (AccessDeniedException refused) {
            SelfReviewForm own;
            try {
                own = queries.selfReviewForm(id);
            } catch (AccessDeniedException notTheirs) {
                throw refused;
            }
            showOwnBeforeSharing(own);
        }
    }

    void reload() {
        open(reviewId);
    }

    /** The person's own review before it is shared: their self review to write, or what they wrote. */
    private void showOwnBeforeSharing(SelfReviewForm own) {
        removeAll();
        details = null;
        reviewId = own.reviewId();
        title = "Your review — " + own.roundName();
        add(new H2(title));
        Div facts = new Div();
        facts.setId("review-header");
        facts.addClassName("ladder-facts");
        facts.add(fact("Round", own.roundName()));
        if (own.open() && own.dueAt() != null) {
            facts.add(fact("Self review due", Formats.dateTime(own.dueAt())));
        }
        add(facts);
        if (own.open()) {
            add(new SelfReviewPart(forms, own, this::reload, this::reload));
            if (own.template().peersAsked()) {
                add(new PeerParts.Nomination(peers, people, own.reviewId(), own.version(),
                        currentUser.require().personId(), currentUser.require().displayName(), false, null,
                        this::reload));
            }
        } else {
            Paragraph waiting = new Paragraph("You submitted your self review. Your manager writes theirs next; your "
                    + "review and both ratings show here once they share it.");
            waiting.setId("review-waiting");
            waiting.addClassName("ladder-callout");
            Map<Long, String> titles = new HashMap<>();
            own.goals().forEach(g -> titles.put(g.id(), g.title()));
            add(waiting, ReviewContent.answers("review-self-answers", "Your self review", own.answers(), titles,
                    own.template().sections(), own.template().performanceScale(), own.learnings()));
        }
        Anchor back = new Anchor(MyReviewsView.ROUTE, "Back to my reviews");
        back.setId("review-back");
        add(back);
    }

    private void show(ReviewDetails d) {
        removeAll();
        details = d;
        reviewId = d.reviewId();
        boolean mine = currentUser.require().personId() == d.personId();
        title = mine ? "Your review — " + d.roundName() : "Review of " + d.personName();
        add(new H2(title));
        add(header(d, mine));
        Component step = stepForm(d, mine);
        // the person reads their shared review before acknowledging it; anyone else acts first, reads below
        boolean readFirst = d.actions().acknowledge();
        if (step != null && !readFirst) {
            add(step);
        }
        add(content(d, mine, step != null));
        if (step != null && readFirst) {
            add(step);
        }
        Anchor back = new Anchor(mine ? MyReviewsView.ROUTE : TeamReviewBoardView.ROUTE,
                mine ? "Back to my reviews" : "Back to the team's reviews");
        back.setId("review-back");
        add(back);
    }

    private Div header(ReviewDetails d, boolean mine) {
        Div facts = new Div();
        facts.setId("review-header");
        facts.addClassName("ladder-facts");
        facts.add(fact("Round", d.roundName()), fact("Period", Formats.period(d.periodStart(), d.periodEnd())));
        if (!mine) {
            facts.add(fact("Person", d.personName()));
        }
        facts.add(fact("Manager", d.managerName() == null ? "—" : d.managerName()));
        Div step = new Div();
        step.addClassName("ladder-fact");
        Span label = new Span("Step");
        label.addClassName("ladder-fact-label");
        Span badge = ReviewFormat.stepBadge(d.step(), d.late());
        badge.setId("review-step");
        step.add(label, badge);
        facts.add(step);
        if (d.dueAt() != null && d.step() != ReviewStep.DONE && d.step() != ReviewStep.ENDED) {
            facts.add(fact("Due", Formats.dateTime(d.dueAt())));
        }
        return facts;
    }

    /** The form of the step the signed-in person takes now, or null. */
    private Component stepForm(ReviewDetails d, boolean mine) {
        var a = d.actions();
        if (a.writeSelfReview()) {
            Div both = new Div(new SelfReviewPart(forms, queries.selfReviewForm(d.reviewId()), this::reload,
                    this::reload));
            if (a.proposePeers()) {
                both.add(new PeerParts.Nomination(peers, people, d.reviewId(), d.version(), d.personId(),
                        d.personName(), false, null, this::reload));
            }
            return both;
        }
        if (a.namePeers()) {
            return new PeerParts.Nomination(peers, people, d.reviewId(), d.version(), d.personId(), d.personName(),
                    true, this::reload, this::reload);
        }
        if (a.writeManagerReview()) {
            return new ManagerReviewPart(forms, d, queries.goalsOf(d.reviewId()), checkIns,
                    feedback.receivedBy(d.personId(), 0, FEEDBACK_SHOWN), this::reload, this::reload);
        }
        if (a.share()) {
            return new SharingParts.Share(forms, d, this::reload, this::reload);
        }
        if (a.acknowledge()) {
            return new SharingParts.Acknowledge(forms, d, this::reload, this::reload);
        }
        if (a.proposePeers()) {
            return new PeerParts.Nomination(peers, people, d.reviewId(), d.version(), d.personId(), d.personName(),
                    false, null, this::reload);
        }
        return null;
    }

    /** What the signed-in person may read of the review (the service left out what they may not). */
    private Div content(ReviewDetails d, boolean mine, boolean hasForm) {
        Div all = new Div();
        all.setId("review-content");
        all.setWidthFull();
        boolean managerWriting = d.actions().writeManagerReview();
        if (d.performance() != null && d.performance().value() != null && !managerWriting) {
            all.add(ReviewContent.ratings(d));
        }
        Map<Long, String> titles = new HashMap<>();
        List<GoalRef> goals = d.managerAnswers() != null && !d.managerAnswers().goals().isEmpty()
                || d.selfAnswers() != null && !d.selfAnswers().goals().isEmpty() ? queries.goalsOf(d.reviewId())
                        : List.of();
        goals.forEach(g -> titles.put(g.id(), g.title()));
        if (d.managerAnswers() != null && !managerWriting && (!d.managerAnswers().goals().isEmpty()
                || !d.managerAnswers().texts().isEmpty())) {
            all.add(ReviewContent.answers("review-manager-answers", mine ? "Your manager's review"
                    : "Manager review", d.managerAnswers(), titles, d.template().sections(),
                    d.template().performanceScale(), null));
        }
        if (d.revisions() != null && !d.revisions().isEmpty() && !mine) {
            all.add(ReviewContent.revisions(d.revisions()));
        }
        if (d.peers() != null && !mine && !managerWriting) {
            all.add(ReviewContent.peers(d.peers()));
        }
        if (!d.actions().writeSelfReview() && !managerWriting && d.selfSubmittedAt() != null) {
            all.add(ReviewContent.answers("review-self-answers", mine ? "Your self review" : "Self review",
                    d.selfAnswers(), titles, d.template().sections(), d.template().performanceScale(),
                    d.learnings()));
        }
        if (d.acknowledgedAt() != null) {
            Div ack = TemplateForm.card("review-acknowledged", "Acknowledged");
            ack.add(new Paragraph((mine ? "You acknowledged it on " : d.personName() + " acknowledged it on ")
                    + Formats.date(d.acknowledgedAt()) + "."));
            if (d.response() != null && !d.response().isBlank()) {
                ack.add(ReviewContent.qa(mine ? "Your response" : "Their response", d.response()));
            }
            all.add(ack);
        }
        if (all.getComponentCount() == 0 && !hasForm) {
            Paragraph nothing = new Paragraph(mine ? "Nothing to do for you now: your review shows here once your "
                    + "manager shares it." : "Nothing to show yet: the review is at “" + ReviewFormat.step(d.step())
                    + "”.");
            nothing.setId("review-nothing");
            nothing.addClassName("ladder-empty");
            all.add(nothing);
        }
        return all;
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("ladder-fact-label");
        Div d = new Div(l, new Span(value == null ? "" : value));
        d.addClassName("ladder-fact");
        return d;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
