package org.ladder.reviews.ui;

import java.util.List;

import org.ladder.base.ui.Formats;
import org.ladder.reviews.MyReview;
import org.ladder.reviews.PeerRequest;
import org.ladder.reviews.ReviewPeers;
import org.ladder.reviews.ReviewQueries;
import org.ladder.reviews.ReviewStep;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's reviews, current and past: where each stands, what is theirs to do (the self review, the
 * acknowledgement), and both ratings once their manager shared the review; plus the input colleagues asked them for.
 */
@Route(MyReviewsView.ROUTE)
@PageTitle("My reviews")
@Menu(order = 8.4, title = "My reviews", icon = "vaadin:diploma")
@PermitAll
class MyReviewsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "my-reviews";

    private final transient ReviewQueries queries;
    private final transient ReviewPeers peers;
    private final java.time.Clock clock;
    final Div current = new Div();
    final Div past = new Div();
    final Div requests = new Div();

    MyReviewsView(ReviewQueries queries, ReviewPeers peers, java.time.Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.peers = peers;
        setId("my-reviews-view");
        addClassName("ladder-reviews");
        setMaxWidth("56rem");
        current.setId("my-reviews-current");
        current.addClassName("ladder-feedback-list");
        past.setId("my-reviews-past");
        past.addClassName("ladder-feedback-list");
        requests.setId("my-reviews-peer-requests");
        requests.addClassName("ladder-feedback-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        current.removeAll();
        past.removeAll();
        requests.removeAll();
        add(new H2("My reviews"));
        List<MyReview> mine = queries.myReviews();
        List<MyReview> open = mine.stream().filter(r -> r.step() != ReviewStep.DONE && r.step() != ReviewStep.ENDED)
                .toList();
        List<MyReview> done = mine.stream().filter(r -> !open.contains(r)).toList();
        open.forEach(r -> current.add(card(r)));
        done.forEach(r -> past.add(card(r)));
        add(new H3("Current"));
        add(open.isEmpty() ? empty("my-reviews-current-empty", "No review is running for you now.") : current);
        List<PeerRequest> asked = peers.myRequests();
        if (!asked.isEmpty()) {
            add(new H3("Colleagues asked for your input"));
            for (PeerRequest p : asked) {
                Div c = new Div();
                c.addClassNames("ladder-card", "ladder-feedback-item");
                c.setId("my-reviews-request-" + p.reviewId());
                Span who = new Span(p.personName() + " · " + p.roundName());
                who.addClassName("ladder-feedback-kind");
                c.add(who, new Paragraph("Open your task in Tasks to give your input or decline"
                        + (p.dueAt() == null ? "." : ", by " + Formats.date(p.dueAt()) + ".")));
                requests.add(c);
            }
            add(requests);
        }
        add(new H3("Past"));
        add(done.isEmpty() ? empty("my-reviews-past-empty", "No earlier review.") : past);
    }

    private static Paragraph empty(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("ladder-empty");
        return p;
    }

    private Div card(MyReview r) {
        Div card = new Div();
        card.addClassNames("ladder-card", "ladder-feedback-item");
        card.setId("my-review-" + r.reviewId());
        Div head = new Div();
        head.addClassName("ladder-feedback-head");
        Anchor link = new Anchor(ReviewView.path(r.reviewId()), r.roundName());
        link.setId("my-review-link-" + r.reviewId());
        boolean late = r.dueAt() != null && r.dueAt().isBefore(clock.instant())
                && (r.writeSelfReview() || r.acknowledge());
        head.add(link, ReviewFormat.stepBadge(r.step(), late));
        card.add(head);
        Paragraph period = new Paragraph(Formats.period(r.periodStart(), r.periodEnd()));
        period.addClassName("ladder-hint");
        card.add(period);
        if (r.writeSelfReview()) {
            card.add(todo("Your self review is open" + (r.dueAt() == null ? "." : ", due " + Formats.date(r.dueAt())
                    + "."), r, "Write my self review"));
        } else if (r.acknowledge()) {
            card.add(todo("Your manager shared your review: read it, acknowledge it and respond if you like.", r,
                    "Read and acknowledge"));
        }
        if (r.sharedAt() != null) {
            Div ratings = new Div();
            ratings.addClassName("ladder-review-ratings");
            ratings.setId("my-review-ratings-" + r.reviewId());
            ratings.add(rating("Performance", r.performance()), rating("Alignment", r.alignment()));
            card.add(ratings);
            Span shared = new Span("Shared on " + Formats.date(r.sharedAt()) + (r.acknowledgedAt() == null ? ""
                    : " · acknowledged on " + Formats.date(r.acknowledgedAt())));
            shared.addClassName("ladder-hint");
            card.add(shared);
        } else if (!r.writeSelfReview() && r.step() != ReviewStep.ENDED) {
            Span waiting = new Span("Your ratings show here once your manager shares the review.");
            waiting.addClassName("ladder-hint");
            card.add(waiting);
        }
        return card;
    }

    private static Paragraph todo(String text, MyReview r, String action) {
        Paragraph p = new Paragraph(text + " ");
        Anchor go = new Anchor(ReviewView.path(r.reviewId()), action);
        go.setId("my-review-go-" + r.reviewId());
        p.add(go);
        return p;
    }

    private static Div rating(String what, String label) {
        Span l = new Span(what);
        l.addClassName("ladder-fact-label");
        Span v = new Span(label == null ? "—" : label);
        v.addClassName("ladder-review-rating-value");
        Div d = new Div(l, v);
        d.addClassName("ladder-fact");
        return d;
    }
}
