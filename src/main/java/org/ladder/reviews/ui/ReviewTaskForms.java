package org.ladder.reviews.ui;

import java.util.Optional;

import org.ladder.base.ui.Formats;
import org.ladder.people.PeopleService;
import org.ladder.reviews.CalibrationGrid;
import org.ladder.reviews.ReviewCalibrations;
import org.ladder.reviews.ReviewDetails;
import org.ladder.reviews.ReviewForms;
import org.ladder.reviews.ReviewPeers;
import org.ladder.reviews.ReviewQueries;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The forms of the review tasks in the inbox. The long forms (self review, manager review) open the review's page,
 * where submitting completes the task; naming colleagues, a colleague's input (or decline) and sharing are done
 * right here; the calibration task opens its grid.
 */
@org.springframework.stereotype.Component
class ReviewTaskForms implements TaskFormProvider {

    private final ReviewQueries queries;
    private final ReviewForms forms;
    private final ReviewPeers peers;
    private final ReviewCalibrations calibrations;
    private final PeopleService people;

    ReviewTaskForms(ReviewQueries queries, ReviewForms forms, ReviewPeers peers, ReviewCalibrations calibrations,
            PeopleService people) {
        this.queries = queries;
        this.forms = forms;
        this.peers = peers;
        this.calibrations = calibrations;
        this.people = people;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return ReviewProcess.KEY.equals(task.processDefinitionKey())
                || ReviewProcess.CALIBRATION_KEY.equals(task.processDefinitionKey());
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        VerticalLayout form = new VerticalLayout();
        form.setId("review-task-form");
        form.setPadding(false);
        form.setWidthFull();
        try {
            if (ReviewProcess.CALIBRATION_KEY.equals(task.processDefinitionKey())) {
                return calibration(task, form);
            }
            Optional<Long> reviewId = queries.reviewOfTask(task.id());
            if (reviewId.isEmpty()) {
                return gone(form);
            }
            long id = reviewId.get();
            switch (task.taskDefinitionKey()) {
                case ReviewProcess.TASK_GIVE_PEER_INPUT -> form.add(new PeerParts.Input(peers, peers.request(id),
                        onCompleted, null));
                case ReviewProcess.TASK_NAME_PEERS -> {
                    ReviewDetails d = queries.review(id);
                    form.add(new PeerParts.Nomination(peers, people, id, d.version(), d.personId(), d.personName(),
                            true, onCompleted, () -> UI.getCurrent().navigate(ReviewView.path(id))));
                }
                case ReviewProcess.TASK_SHARE_REVIEW -> {
                    ReviewDetails d = queries.review(id);
                    form.add(ReviewContent.ratings(d), new SharingParts.Share(forms, d, onCompleted,
                            () -> UI.getCurrent().navigate(ReviewView.path(id))));
                }
                default -> form.add(open(task, id));
            }
        } catch (AccessDeniedException e) {
            form.add(new Paragraph(e.getMessage()));
        }
        return form;
    }

    private Component open(TaskInfo task, long reviewId) {
        boolean self = ReviewProcess.TASK_SELF_REVIEW.equals(task.taskDefinitionKey());
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        Paragraph what = new Paragraph(self ? "Write your self review: for each goal of the period how it went, and "
                + "the template's questions." : "Write the review: per goal a result and a comment, then a "
                + "performance and an alignment rating, each with its justification. The self review, the peer input "
                + "and the feedback of the period are beside the form.");
        what.setId("review-task-what");
        part.add(what);
        if (task.due() != null) {
            part.add(new Paragraph("Due " + Formats.dateTime(task.due()) + "."));
        }
        Button go = new Button(self ? "Write my self review" : "Write the review",
                e -> UI.getCurrent().navigate(ReviewView.path(reviewId)));
        go.setId("review-task-open");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        part.add(go);
        return part;
    }

    private Component calibration(TaskInfo task, VerticalLayout form) {
        Optional<Long> id = calibrations.calibrationOfTask(task.id());
        if (id.isEmpty()) {
            return gone(form);
        }
        CalibrationGrid grid = calibrations.grid(id.get());
        Paragraph what = new Paragraph("Every manager review of " + grid.unitName() + " is in. Compare the "
                + grid.rows().size() + " people's ratings, change one where needed with a reason, then close the "
                + "calibration so the managers can share the reviews.");
        what.setId("review-task-what");
        Button go = new Button("Open the calibration grid",
                e -> UI.getCurrent().navigate(CalibrationView.ROUTE + "/" + grid.calibrationId()));
        go.setId("review-task-open");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(what, go);
        return form;
    }

    private static Component gone(VerticalLayout form) {
        Paragraph p = new Paragraph("This review is no longer open.");
        p.setId("review-task-gone");
        form.add(p);
        return form;
    }
}
