package org.ladder.conversations.ui;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.ui.Toasts;
import org.ladder.conversations.FeedbackGiving;
import org.ladder.conversations.FeedbackItem;
import org.ladder.conversations.FeedbackQueries;
import org.ladder.conversations.FeedbackRequestItem;
import org.ladder.conversations.FeedbackRequests;
import org.ladder.people.PeopleService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Feedback: what I received (only what is visible to me), what I gave, the requests I was asked and those I made,
 * and — for managers — my reports' feedback (any depth, private included), for HR everyone's. Each list is paged and
 * says when it is empty. “Give feedback” and “Ask for feedback” open their dialogs. {@code ?tab=team} opens the
 * team's list.
 */
@Route("feedback")
@PageTitle("Feedback")
@Menu(order = 12, title = "Feedback", icon = "vaadin:comments-o")
@PermitAll
class FeedbackView extends VerticalLayout implements BeforeEnterObserver {

    private final transient FeedbackQueries queries;
    private final transient FeedbackRequests requests;
    final TabSheet tabs = new TabSheet();
    final PagedList<FeedbackItem> received;
    final PagedList<FeedbackItem> given;
    final PagedList<FeedbackRequestItem> asked;
    final PagedList<FeedbackRequestItem> sent;
    final PagedList<FeedbackItem> team;
    final Button giveButton = new Button("Give feedback", VaadinIcon.COMMENT.create());
    final Button askButton = new Button("Ask for feedback", VaadinIcon.QUESTION_CIRCLE_O.create());

    FeedbackView(FeedbackQueries queries, FeedbackRequests requests, FeedbackGiving giving, PeopleService people,
            CurrentUser currentUser) {
        this.queries = queries;
        this.requests = requests;
        long me = currentUser.require().personId();
        setId("feedback-view");
        setWidthFull();

        received = new PagedList<>("feedback-received", "No feedback for you yet. Ask a colleague for some.",
                "piece of feedback", "pieces of feedback", queries::received, queries::countReceived,
                f -> FeedbackCards.feedback(f, FeedbackCards.Perspective.RECEIVED));
        given = new PagedList<>("feedback-given", "You have not given feedback yet.", "piece of feedback",
                "pieces of feedback", queries::given, queries::countGiven,
                f -> FeedbackCards.feedback(f, FeedbackCards.Perspective.GIVEN));
        asked = new PagedList<>("feedback-asked", "Nobody is waiting for your feedback.", "open request",
                "open requests", requests::askedOfMe, requests::countAskedOfMe, this::askedCard);
        sent = new PagedList<>("feedback-sent", "You have not asked anyone for feedback yet.", "request",
                "requests", requests::sentByMe, requests::countSentByMe, this::sentCard);
        FeedbackQueries.TeamScope scope = queries.teamScope();
        team = scope == FeedbackQueries.TeamScope.NONE ? null : new PagedList<>("feedback-team",
                scope == FeedbackQueries.TeamScope.EVERYONE ? "Nobody has given feedback yet."
                        : "Nobody who reports to you has received feedback yet.",
                "piece of feedback", "pieces of feedback", queries::team, queries::countTeam,
                f -> FeedbackCards.feedback(f, FeedbackCards.Perspective.BOTH));

        giveButton.setId("open-give-feedback");
        giveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        giveButton.addClickListener(e -> new GiveFeedbackDialog(giving, people, me, null, () -> {
            given.refresh();
            if (team != null) {
                team.refresh();
            }
        }).open());
        askButton.setId("open-request-feedback");
        askButton.addClickListener(e -> new RequestFeedbackDialog(requests, people, me, null, sent::refresh).open());
        HorizontalLayout actions = new HorizontalLayout(giveButton, askButton);
        actions.setWrap(true);

        tabs.setId("feedback-tabs");
        tabs.setWidthFull();
        tabs.add("Received", received).setId("tab-received");
        tabs.add("Given", given).setId("tab-given");
        long waiting = requests.countAskedOfMe();
        tabs.add(waiting == 0 ? "Asked of me" : "Asked of me (" + waiting + ")", asked).setId("tab-asked");
        tabs.add("My requests", sent).setId("tab-sent");
        if (team != null) {
            tabs.add(scope == FeedbackQueries.TeamScope.EVERYONE ? "Everyone's" : "My reports'", team)
                    .setId("tab-team");
        }
        add(actions, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String tab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse("");
        switch (tab) {
            case "given" -> tabs.setSelectedIndex(1);
            case "asked" -> tabs.setSelectedIndex(2);
            case "sent" -> tabs.setSelectedIndex(3);
            case "team" -> tabs.setSelectedIndex(team == null ? 0 : 4);
            default -> tabs.setSelectedIndex(0);
        }
    }

    private Component askedCard(FeedbackRequestItem r) {
        Div card = FeedbackCards.request(r, true);
        if (r.taskId() != null) {
            Anchor answer = new Anchor("task/" + r.taskId(), "Answer");
            answer.setId("answer-request-" + r.id());
            card.add(new Div(answer));
        }
        return card;
    }

    private Component sentCard(FeedbackRequestItem r) {
        Div card = FeedbackCards.request(r, false);
        if (r.status().isOpen()) {
            Button withdraw = new Button("Withdraw");
            withdraw.setId("withdraw-request-" + r.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            withdraw.addClickListener(e -> {
                try {
                    requests.withdraw(r.id(), r.version());
                    Toasts.success("You withdrew your request to " + r.colleagueName() + ".");
                } catch (ConcurrentEditException ex) {
                    Toasts.error(ex.getMessage());
                }
                sent.refresh();
            });
            card.add(new Div(withdraw));
        }
        return card;
    }
}
