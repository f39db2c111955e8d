package org.ladder.reviews.ui;

import java.util.List;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.HomeSection;
import org.ladder.reviews.MyReview;
import org.ladder.reviews.ReviewQueries;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Home: the person's own review when something is theirs to do — the self review, or acknowledging a shared one. */
@org.springframework.stereotype.Component
class ReviewHomeSection implements HomeSection {

    private final ReviewQueries queries;

    ReviewHomeSection(ReviewQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 2; // beside the check-in: something to do now
    }

    @Override
    public Component create(LadderUser user) {
        List<MyReview> todo = queries.myReviews().stream().filter(r -> r.writeSelfReview() || r.acknowledge())
                .toList();
        if (todo.isEmpty()) {
            return null;
        }
        MyReview r = todo.get(0);
        Div card = new Div();
        card.setId("review-home");
        card.addClassNames("ladder-card", "ladder-review-home");
        card.add(new H3(r.roundName()));
        card.add(new Paragraph(r.writeSelfReview() ? "Your self review is open" + (r.dueAt() == null ? "."
                : ", due " + Formats.date(r.dueAt()) + ".") : "Your manager shared your review: read both ratings "
                        + "and acknowledge it."));
        Anchor go = new Anchor(ReviewView.path(r.reviewId()), r.writeSelfReview() ? "Write my self review"
                : "Read and acknowledge");
        go.setId("review-home-link");
        card.add(new Paragraph(go));
        return card;
    }
}
