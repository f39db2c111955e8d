package org.ladder.conversations.ui;

import org.ladder.base.security.LadderUser;
import org.ladder.conversations.FeedbackGiving;
import org.ladder.conversations.FeedbackItem;
import org.ladder.conversations.FeedbackQueries;
import org.ladder.conversations.FeedbackRequests;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonPageSection;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A person's page: “Give feedback” and “Ask for feedback” with the person preset, and the feedback they received
 * that the viewer may read — all of it for their managers and HR, what is visible to them for the person, what the
 * viewer gave them for anyone else (through {@link FeedbackQueries}).
 */
@org.springframework.stereotype.Component
class FeedbackPersonSection implements PersonPageSection {

    private final FeedbackQueries queries;
    private final FeedbackGiving giving;
    private final FeedbackRequests requests;
    private final PeopleService people;

    FeedbackPersonSection(FeedbackQueries queries, FeedbackGiving giving, FeedbackRequests requests,
            PeopleService people) {
        this.queries = queries;
        this.giving = giving;
        this.requests = requests;
        this.people = people;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(PersonSummary person, LadderUser viewer) {
        boolean self = person.id() == viewer.personId();
        Div section = new Div(new H3("Feedback"));
        section.setId("person-feedback");
        section.addClassName("ladder-person-section");
        PagedList<FeedbackItem> list = new PagedList<>("person-feedback-list", self
                ? "No feedback for you yet." : "No feedback about " + person.displayName() + " that you can read.",
                "piece of feedback", "pieces of feedback", (offset, limit) -> queries.receivedBy(person.id(), offset,
                        limit), () -> queries.countReceivedBy(person.id()),
                f -> FeedbackCards.feedback(f, FeedbackCards.Perspective.RECEIVED));
        if (!self && person.active()) {
            Button give = new Button("Give feedback", VaadinIcon.COMMENT.create());
            give.setId("person-give-feedback");
            give.addClickListener(e -> new GiveFeedbackDialog(giving, people, viewer.personId(), person,
                    list::refresh).open());
            Button ask = new Button("Ask for feedback", VaadinIcon.QUESTION_CIRCLE_O.create());
            ask.setId("person-request-feedback");
            ask.addClickListener(e -> new RequestFeedbackDialog(requests, people, viewer.personId(), person,
                    () -> { }).open());
            HorizontalLayout actions = new HorizontalLayout(give, ask);
            actions.setWrap(true);
            section.add(actions);
        }
        section.add(list);
        return section;
    }
}
