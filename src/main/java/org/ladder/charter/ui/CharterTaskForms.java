package org.ladder.charter.ui;

import java.util.Set;

import org.ladder.base.ui.Toasts;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.ReviewComment;
import org.ladder.charter.workflow.CharterPublicationProcess;
import org.ladder.tasks.AcknowledgementRefusedException;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignFollowUpForm;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.TaskFormActions;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;

/** The forms of the publication process's tasks: approve or return, revise, and HR's follow-up. */
@org.springframework.stereotype.Component
class CharterTaskForms implements TaskFormProvider {

    private static final Set<String> TASKS = Set.of(CharterPublicationProcess.TASK_APPROVE,
            CharterPublicationProcess.TASK_REVISE, CharterPublicationProcess.TASK_HR_FOLLOW_UP);

    private final CharterService charter;
    private final AcknowledgementService acknowledgements;

    CharterTaskForms(CharterService charter, AcknowledgementService acknowledgements) {
        this.charter = charter;
        this.acknowledgements = acknowledgements;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return CharterPublicationProcess.KEY.equals(task.processDefinitionKey())
                && TASKS.contains(task.taskDefinitionKey());
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        long versionId = CharterPublicationProcess.versionId(task.businessKey());
        return switch (task.taskDefinitionKey()) {
            case CharterPublicationProcess.TASK_APPROVE -> approveForm(task, versionId, onCompleted);
            case CharterPublicationProcess.TASK_REVISE -> reviseForm(task, versionId, onCompleted);
            default -> followUpForm(versionId, onCompleted);
        };
    }

    private Component approveForm(TaskInfo task, long versionId, Runnable onCompleted) {
        CharterSnapshot version = charter.version(versionId).orElseThrow();
        VerticalLayout form = new VerticalLayout();
        form.setId("charter-approval-form");
        form.setPadding(false);
        form.add(new Paragraph(version.label() + " drafted by " + version.draftedByName()
                + (version.changeReason() == null ? "." : ". Why: " + version.changeReason())));
        form.add(new H3("What changes"), ChangeRendering.summary(charter.changesOf(versionId)));
        form.add(new RouterLink("Read the whole version side by side", CharterHistoryView.class));
        TextArea comment = new TextArea("Comment");
        comment.setId("approval-comment");
        comment.setWidthFull();
        comment.setMaxLength(CharterService.MAX_TEXT);
        comment.setHelperText("Required when you return the draft.");
        Button approve = new Button("Approve");
        approve.setId("approve-charter");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button("Return to the drafter");
        giveBack.setId("return-charter");
        approve.addClickListener(e -> act(comment, onCompleted, () -> charter.approve(task.id(), comment.getValue()),
                "You approved " + version.label().toLowerCase() + "."));
        giveBack.addClickListener(e -> act(comment, onCompleted,
                () -> charter.returnDraft(task.id(), comment.getValue()),
                "You returned " + version.label().toLowerCase() + " to " + version.draftedByName() + "."));
        form.add(comment, new HorizontalLayout(approve, giveBack));
        return form;
    }

    private Component reviseForm(TaskInfo task, long versionId, Runnable onCompleted) {
        VerticalLayout form = new VerticalLayout();
        form.setId("charter-revise-form");
        form.setPadding(false);
        Div comments = new Div(new H3("What the approvers said"));
        comments.addClassName("ladder-callout");
        for (ReviewComment r : charter.reviews(versionId)) {
            comments.add(new Paragraph((r.approved() ? "Approved by " : "Returned by ") + r.reviewerName()
                    + (r.comment() == null ? "" : ": " + r.comment())));
        }
        form.add(comments, new RouterLink("Edit the draft", CharterEditorView.class));
        Paragraph error = new Paragraph();
        error.addClassName("ladder-error-text");
        error.setVisible(false);
        Button resubmit = new Button("Resubmit for approval");
        resubmit.setId("resubmit-charter");
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.addClickListener(e -> TaskFormActions.complete(() -> charter.resubmit(task.id()),
                "Sent for approval again.", onCompleted, TaskFormActions.in(error)));
        Button withdraw = new Button("Withdraw the draft");
        withdraw.setId("withdraw-charter");
        withdraw.addClickListener(e -> TaskFormActions.complete(() -> charter.withdraw(task.id()),
                "The draft was withdrawn; it stays a draft you can submit later.", onCompleted,
                TaskFormActions.in(error)));
        form.add(error, new HorizontalLayout(resubmit, withdraw));
        return form;
    }

    private Component followUpForm(long versionId, Runnable onCompleted) {
        CampaignSummary c = acknowledgements.campaignFor(CharterPublicationProcess.SUBJECT, versionId).orElseThrow();
        return CampaignFollowUpForm.of(acknowledgements, c, c.title().toLowerCase(), "Their managers were reminded.",
                "charter-follow-up-form", "close-acknowledgements", onCompleted);
    }

    private static void act(TextArea comment, Runnable onCompleted, Runnable action, String success) {
        comment.setInvalid(false);
        TaskFormActions.complete(action, success, onCompleted, TaskFormActions.on(comment, "comment"));
    }
}
