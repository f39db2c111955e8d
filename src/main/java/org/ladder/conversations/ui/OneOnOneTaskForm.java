package org.ladder.conversations.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.ladder.base.text.Plural;
import org.ladder.checkins.CadenceTasks;
import org.ladder.conversations.OneOnOnePage;
import org.ladder.conversations.OneOnOneQueries;
import org.ladder.conversations.OneOnOnes;
import org.ladder.tasks.TaskFormActions;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The form of the cadence's "Manager: hold the 1:1" task: who it is with, the topics waiting, a button to the 1:1's
 * page (where marking it held completes this task), and "Held today" for a 1:1 that needs nothing more recorded.
 */
@org.springframework.stereotype.Component
class OneOnOneTaskForm implements TaskFormProvider {

    private final OneOnOnes oneOnOnes;
    private final OneOnOneQueries queries;
    private final Clock clock;

    OneOnOneTaskForm(OneOnOnes oneOnOnes, OneOnOneQueries queries, Clock clock) {
        this.oneOnOnes = oneOnOnes;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return CadenceTasks.isOneOnOne(task);
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        long reportId = CadenceTasks.personOf(task);
        VerticalLayout form = new VerticalLayout();
        form.setId("one-on-one-task-form");
        form.setPadding(false);
        var id = oneOnOnes.open(reportId);
        if (id.isEmpty()) {
            form.add(new Paragraph("This person has no manager any more: there is no 1:1 to hold."));
            return form;
        }
        OneOnOnePage page = queries.page(id.get());
        Paragraph who = new Paragraph(page.reportName() + " checked in. Hold your 1:1 with them: talk about their "
                + "goals and what is on the agenda, then mark the 1:1 held.");
        who.setId("one-on-one-task-who");
        form.add(who);
        var waiting = page.agenda().stream().filter(t -> !t.discussed()).toList();
        Paragraph count = new Paragraph(waiting.isEmpty() ? "No topics are waiting."
                : Plural.count(waiting.size(), "topic", "topics") + " waiting:");
        count.setId("one-on-one-task-topics");
        form.add(count);
        if (!waiting.isEmpty()) {
            UnorderedList list = new UnorderedList();
            waiting.stream().limit(10).forEach(t -> list.add(new ListItem(t.text())));
            form.add(list);
        }
        Button open = new Button("Open the 1:1", e -> UI.getCurrent().navigate(OneOnOneLinks.path(reportId)));
        open.setId("one-on-one-task-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph error = new Paragraph();
        error.addClassName("ladder-error-text");
        error.setVisible(false);
        Button heldToday = new Button("Held today", e -> TaskFormActions.complete(
                () -> oneOnOnes.hold(page.id(), page.version(), LocalDate.now(clock)),
                "1:1 with " + page.reportName() + " recorded as held.", onCompleted, TaskFormActions.in(error)));
        heldToday.setId("one-on-one-task-held");
        heldToday.setVisible(page.mayHold());
        HorizontalLayout buttons = new HorizontalLayout(open, heldToday);
        buttons.setWrap(true);
        form.add(error, buttons);
        return form;
    }
}
