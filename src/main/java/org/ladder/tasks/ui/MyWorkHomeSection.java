package org.ladder.tasks.ui;

import java.time.Clock;
import java.util.List;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.HomeSection;
import org.ladder.base.ui.LiveSection;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.PendingAcknowledgement;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

/**
 * Home, first: what is mine to do — what I am asked to acknowledge, my tasks (due first) and those offered to my
 * roles — and, for a manager, how the team stands: their reports' open tasks and the latest acknowledgement in
 * the units they head. Rebuilds itself live.
 */
@org.springframework.stereotype.Component
class MyWorkHomeSection implements HomeSection {

    /** How many of my tasks the card lists before "all N tasks". */
    static final int TASKS_SHOWN = 5;

    private final InboxService inbox;
    private final AcknowledgementService acknowledgements;
    private final CurrentUser currentUser;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    MyWorkHomeSection(InboxService inbox, AcknowledgementService acknowledgements, CurrentUser currentUser,
            LiveUpdates liveUpdates, Clock clock) {
        this.inbox = inbox;
        this.acknowledgements = acknowledgements;
        this.currentUser = currentUser;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 1; // before everything: what needs me
    }

    @Override
    public Component create(LadderUser user) {
        return new Section(user);
    }

    final class Section extends LiveSection {

        Section(LadderUser user) {
            super(user.personId(), liveUpdates);
            setId("my-work");
            addClassName("ladder-cards");
            rebuild();
        }

        @Override
        protected void rebuild() {
            removeAll();
            add(toDo());
            if (currentUser.hasRole(Role.MANAGER)) {
                add(team());
            }
        }

        private Div toDo() {
            TaskFormat format = new TaskFormat(clock);
            Div card = card("To do", "my-todo");
            UnorderedList list = new UnorderedList();
            list.addClassName("ladder-todo-list");
            for (PendingAcknowledgement p : acknowledgements.myPending()) {
                ListItem item = new ListItem();
                item.addClassName("ladder-todo-ack");
                Component what = p.link() == null || p.link().isBlank() ? new Anchor("#acknowledge-banner", p.title())
                        : new Anchor(p.link(), p.title());
                item.add(new Span("Acknowledge "), what);
                list.add(item);
            }
            List<TaskInfo> tasks = inbox.myTasks(0, TASKS_SHOWN);
            for (TaskInfo t : tasks) {
                ListItem item = new ListItem();
                item.addClassName("ladder-todo-task");
                RouterLink link = new RouterLink(TaskFormat.toDo(t), TaskView.class, t.id());
                item.add(link);
                if (t.due() != null) {
                    Span due = format.due(t);
                    due.setText(" · due " + due.getText());
                    item.add(due);
                }
                list.add(item);
            }
            long mine = inbox.countMyTasks();
            long offered = inbox.countGroupTasks();
            if (list.getChildren().findAny().isEmpty()) {
                // with tasks offered to the role, "nothing needs you" would be untrue: someone of it has to take them
                Paragraph none = new Paragraph(offered == 0 ? "Nothing needs you right now."
                        : "Nothing is assigned to you; " + Plural.count(offered, "task") + " offered to your role "
                                + Plural.word(offered, "waits", "wait") + " for one of you to take "
                                + Plural.word(offered, "it", "them") + ".");
                none.setId("my-todo-empty");
                card.add(none);
            } else {
                card.add(list);
            }
            if (mine > tasks.size() || offered > 0) {
                String text = (mine > tasks.size() ? "All " + mine + " of your tasks" : "Your tasks")
                        + (offered > 0 ? " · " + offered + (offered == 1 ? " task" : " tasks") + " offered to your role"
                                : "");
                RouterLink all = new RouterLink(text, InboxView.class);
                all.setId("my-todo-more");
                card.add(new Paragraph(all));
            }
            return card;
        }

        private Div team() {
            TaskFormat format = new TaskFormat(clock);
            Div card = card("My team", "my-team-state");
            List<TaskInfo> teamTasks = inbox.teamTasks(0, 200);
            long open = inbox.countTeamTasks();
            long overdue = teamTasks.stream().filter(format::isOverdue).count();
            Paragraph tasks = new Paragraph(open == 0 ? "Your reports have no open tasks."
                    : open + (open == 1 ? " open task" : " open tasks") + " with your reports"
                            + (overdue > 0 ? ", " + overdue + " overdue" : "") + ".");
            tasks.setId("my-team-tasks");
            card.add(tasks);
            List<CampaignSummary> latest = acknowledgements.campaigns(0, 1);
            if (!latest.isEmpty()) {
                CampaignSummary c = latest.get(0);
                RouterLink ack = new RouterLink(c.title() + ": " + c.acknowledged() + " of " + c.total()
                        + " acknowledged (" + c.percent() + "\u00a0%)", AcknowledgementsView.class);
                ack.setId("my-team-acknowledgements");
                card.add(new Paragraph(ack));
            }
            return card;
        }

        private static Div card(String title, String id) {
            Div card = new Div(new H3(title));
            card.addClassName("ladder-card");
            card.setId(id);
            return card;
        }
    }
}
