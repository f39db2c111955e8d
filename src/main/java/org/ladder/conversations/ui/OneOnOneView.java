package org.ladder.conversations.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.conversations.OneOnOneLimits;
import org.ladder.conversations.OneOnOnePage;
import org.ladder.conversations.OneOnOneQueries;
import org.ladder.conversations.OneOnOneSummary;
import org.ladder.conversations.OneOnOnes;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * A 1:1's page: the shared agenda (topics from check-ins first; tick off what was discussed), the notes (private or
 * shared), the action items (owner, due date, done), "Mark this 1:1 held" for the manager, the meetings held so far,
 * and beside them the report's goals with their latest check-ins. The chain and HR read it; nobody else sees it.
 * Each list reloads on its own, so what someone is typing elsewhere on the page stays.
 */
@Route("one-on-one/:reportId([0-9]+)/:oneOnOneId?([0-9]+)")
@PermitAll
class OneOnOneView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OneOnOnes oneOnOnes;
    private final transient OneOnOneQueries queries;
    private final transient Clock clock;
    private String title = "1:1";
    OneOnOnePage page;

    final Div header = new Div();
    final Div agendaList = new Div();
    final Div notesList = new Div();
    final Div actionsList = new Div();
    final Div history = new Div();
    final Div side = new Div();
    final Div holdArea = new Div();

    // the forms: made afresh for each 1:1 shown (a navigation to another 1:1 may reuse this view)
    TextField newTopic;
    Button addTopic;
    TextArea newNote;
    Checkbox noteShared;
    Button addNote;
    TextField newAction;
    RadioButtonGroup<Owner> actionOwner;
    DatePicker actionDue;
    Button addAction;
    DatePicker heldOn;
    Button hold;

    private Binder<TopicDraft> topicBinder;
    private Binder<NoteDraft> noteBinder;
    private Binder<ActionDraft> actionBinder;

    private void newForms() {
        newTopic = new TextField("New topic");
        addTopic = new Button("Add topic");
        newNote = new TextArea("New note");
        noteShared = new Checkbox();
        addNote = new Button("Add note");
        newAction = new TextField("New action item");
        actionOwner = new RadioButtonGroup<>();
        actionDue = new DatePicker("Due");
        addAction = new Button("Add action item");
        heldOn = new DatePicker("Held on");
        hold = new Button("Mark this 1:1 held");
        hold.addClickListener(e -> holdClicked());
        topicBinder = new Binder<>(TopicDraft.class);
        noteBinder = new Binder<>(NoteDraft.class);
        actionBinder = new Binder<>(ActionDraft.class);
    }

    /** One of the two, as the owner choice shows them. */
    record Owner(long id, String name) {
    }

    /** The new topic's words. */
    static final class TopicDraft {
        private String text = "";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    static final class NoteDraft {
        private String text = "";
        private boolean shared;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isShared() {
            return shared;
        }

        public void setShared(boolean shared) {
            this.shared = shared;
        }
    }

    static final class ActionDraft {
        private String text = "";
        private Owner owner;
        private LocalDate due;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Owner getOwner() {
            return owner;
        }

        public void setOwner(Owner owner) {
            this.owner = owner;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    OneOnOneView(OneOnOnes oneOnOnes, OneOnOneQueries queries, Clock clock) {
        this.oneOnOnes = oneOnOnes;
        this.queries = queries;
        this.clock = clock;
        setId("one-on-one-page");
        addClassName("ladder-one-on-one");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long reportId = event.getRouteParameters().getLong("reportId").orElse(-1L);
        Optional<Long> asked = event.getRouteParameters().getLong("oneOnOneId");
        try {
            Optional<Long> id = asked.isPresent() ? asked : oneOnOnes.open(reportId);
            if (id.isEmpty()) {
                showNone(reportId);
                return;
            }
            OneOnOnePage p = queries.page(id.get());
            if (p.reportId() != reportId) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            build(p);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void showNone(long reportId) {
        removeAll();
        Paragraph none = new Paragraph(queries.oneOnOnesOf(reportId).isEmpty()
                ? "There is no 1:1 to show yet: it starts when the person and their manager first open it."
                : "This person has no manager now. Their earlier 1:1s:");
        none.setId("one-on-one-none");
        none.addClassName("ladder-empty");
        add(none, earlier(reportId, -1));
    }

    // --- the page ------------------------------------------------------------------------------------------------

    private void build(OneOnOnePage p) {
        removeAll();
        newForms();
        page = p;
        title = "1:1 with " + otherName(p);
        header.setId("one-on-one-header");
        header.addClassName("ladder-one-on-one-header");
        // one grid: on a desktop the goals sit beside the rest, on a phone right after the agenda
        Div columns = new Div();
        columns.addClassName("ladder-one-on-one-columns");
        columns.add(section("Agenda", "one-on-one-agenda", agendaList, p.mayWork() ? topicForm() : null));
        side.setId("one-on-one-side-column");
        side.addClassName("ladder-one-on-one-side-column");
        columns.add(side);
        columns.add(section("Notes", "one-on-one-notes", notesList, p.mayWork() ? noteForm(p) : null));
        columns.add(section("Action items", "one-on-one-actions", actionsList, p.mayWork() ? actionForm(p)
                : null));
        holdArea.setId("one-on-one-hold");
        holdArea.addClassName("ladder-one-on-one-hold");
        columns.add(holdArea);
        history.setId("one-on-one-history");
        history.addClassName("ladder-one-on-one-history");
        columns.add(history);
        add(header, columns, earlier(p.reportId(), p.id()));
        render(p);
    }

    void reload() {
        render(queries.page(page.id()));
    }

    private void render(OneOnOnePage p) {
        page = p;
        header.removeAll();
        H2 heading = new H2("1:1 of " + p.managerName() + " and " + p.reportName());
        heading.setId("one-on-one-title");
        Paragraph meta = new Paragraph((p.lastHeldOn() == null ? "Not held yet" : "Last held "
                + Formats.date(p.lastHeldOn())) + " · " + Plural.count(p.topicsWaiting(), "topic", "topics")
                + " waiting · " + Plural.count(p.openActions(), "open action item", "open action items"));
        meta.setId("one-on-one-meta");
        meta.addClassName("ladder-hint");
        header.add(heading, meta);
        if (!p.mayWork()) {
            Paragraph readOnly = new Paragraph(p.current()
                    ? "You are reading this 1:1: only " + p.managerName() + " and " + p.reportName()
                            + " change it. Private notes stay with their writer."
                    : "This 1:1 ended when the reporting line changed. It is kept as it was.");
            readOnly.setId("one-on-one-read-only");
            readOnly.addClassName("ladder-callout");
            header.add(readOnly);
        }
        renderAgenda(p);
        renderNotes(p);
        renderActions(p);
        renderHold(p);
        renderHistory(p);
        side.removeAll();
        side.add(GoalsBeside.of(queries.goalsOf(p.id()), p.reportName()));
    }

    private static Div section(String heading, String id, Div list, Component form) {
        Div section = new Div(new H3(heading), list);
        section.setId(id);
        section.addClassNames("ladder-card", "ladder-one-on-one-section");
        list.addClassName("ladder-one-on-one-list");
        if (form != null) {
            section.add(form);
        }
        return section;
    }

    // --- agenda --------------------------------------------------------------------------------------------------

    private Component topicForm() {
        newTopic.setId("topic-new");
        newTopic.setMaxLength(OneOnOneLimits.TOPIC_MAX_LENGTH);
        newTopic.setWidthFull();
        newTopic.setHelperText("Both of you see the agenda. It stays until it is discussed.");
        topicBinder.forField(newTopic).asRequired("Say what you would like to talk about.")
                .bind(TopicDraft::getText, TopicDraft::setText);
        topicBinder.setBean(new TopicDraft());
        addTopic.setId("topic-add");
        addTopic.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addTopic.addClickListener(e -> {
            if (topicBinder.validate().isOk()) {
                act(() -> oneOnOnes.addTopic(page.id(), topicBinder.getBean().getText()),
                        Map.of("topic", newTopic), () -> {
                            topicBinder.setBean(new TopicDraft());
                            Toasts.success("Topic added.");
                        });
            }
        });
        HorizontalLayout row = new HorizontalLayout(newTopic, addTopic);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        row.setFlexGrow(1, newTopic);
        row.addClassName("ladder-one-on-one-form");
        return row;
    }

    private void renderAgenda(OneOnOnePage p) {
        agendaList.removeAll();
        if (p.agenda().isEmpty()) {
            agendaList.add(empty("agenda-empty", p.mayWork() ? "Nothing on the agenda yet: add what you would like "
                    + "to talk about." : "Nothing on the agenda."));
            return;
        }
        p.agenda().forEach(t -> agendaList.add(topicRow(t)));
    }

    private Component topicRow(OneOnOnePage.Topic t) {
        Div row = new Div();
        row.setId("topic-" + t.id());
        row.addClassName("ladder-one-on-one-item");
        if (t.discussed()) {
            row.addClassName("ladder-one-on-one-done");
        }
        Component what;
        if (page.mayWork()) {
            Checkbox discussed = new Checkbox(t.text(), t.discussed());
            discussed.setId("topic-discussed-" + t.id());
            discussed.addValueChangeListener(e -> act(() -> oneOnOnes.setDiscussed(t.id(), t.version(),
                    e.getValue()), Map.of(), () -> {
                    }));
            what = discussed;
        } else {
            what = new Span(t.text() + (t.discussed() ? " (discussed)" : ""));
        }
        row.add(what);
        Span by = new Span(t.fromCheckIn() ? "From a check-in, " + Formats.date(t.addedAt())
                : "Added by " + t.addedByName() + ", " + Formats.date(t.addedAt()));
        by.addClassName("ladder-hint");
        if (t.fromCheckIn()) {
            Span marker = new Span("Check-in");
            marker.addClassNames("ladder-badge", "ladder-one-on-one-check-in");
            row.add(marker);
        }
        row.add(by);
        if (t.mayEdit()) {
            Button edit = new Button("Edit", e -> editTopic(row, t));
            edit.setId("topic-edit-" + t.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit the topic " + t.text());
            row.add(edit);
        }
        if (t.mayRemove()) {
            Button remove = new Button("Remove", e -> act(() -> oneOnOnes.removeTopic(t.id(), t.version()),
                    Map.of(), () -> Toasts.success("Topic removed.")));
            remove.setId("topic-remove-" + t.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove the topic " + t.text());
            row.add(remove);
        }
        return row;
    }

    private void editTopic(Div row, OneOnOnePage.Topic t) {
        row.removeAll();
        TextField text = new TextField("Topic", t.text(), "");
        text.setId("topic-text-" + t.id());
        text.setMaxLength(OneOnOneLimits.TOPIC_MAX_LENGTH);
        text.setWidthFull();
        Button save = new Button("Save", e -> act(() -> oneOnOnes.editTopic(t.id(), t.version(), text.getValue()),
                Map.of("topic", text), () -> Toasts.success("Topic changed.")));
        save.setId("topic-save-" + t.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button("Cancel", e -> renderAgenda(page));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        row.add(text, buttons);
        text.focus();
    }

    // --- notes ---------------------------------------------------------------------------------------------------

    private Component noteForm(OneOnOnePage p) {
        String other = otherName(p);
        newNote.setId("note-new");
        newNote.setMaxLength(OneOnOneLimits.NOTE_MAX_LENGTH);
        newNote.setWidthFull();
        newNote.setHelperText("Private notes are yours alone. Shared notes are for both of you.");
        noteShared.setId("note-shared");
        noteShared.setLabel("Share with " + other);
        noteBinder.forField(newNote).asRequired("Write the note first.").bind(NoteDraft::getText, NoteDraft::setText);
        noteBinder.forField(noteShared).bind(NoteDraft::isShared, NoteDraft::setShared);
        noteBinder.setBean(new NoteDraft());
        addNote.setId("note-add");
        addNote.addClickListener(e -> {
            if (noteBinder.validate().isOk()) {
                NoteDraft d = noteBinder.getBean();
                act(() -> oneOnOnes.addNote(page.id(), d.getText(), d.isShared()), Map.of("note", newNote), () -> {
                    noteBinder.setBean(new NoteDraft());
                    Toasts.success(d.isShared() ? "Note shared with " + other + "." : "Private note saved.");
                });
            }
        });
        VerticalLayout form = new VerticalLayout(newNote, noteShared, addNote);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("ladder-one-on-one-form");
        return form;
    }

    private void renderNotes(OneOnOnePage p) {
        notesList.removeAll();
        if (p.notes().isEmpty()) {
            notesList.add(empty("notes-empty", "No notes for this 1:1 yet."));
            return;
        }
        p.notes().forEach(n -> notesList.add(noteRow(n, p.mayWork())));
    }

    private Component noteRow(OneOnOnePage.Note n, boolean mayWork) {
        Div row = new Div();
        row.setId("note-" + n.id());
        row.addClassNames("ladder-one-on-one-item", "ladder-one-on-one-note");
        Paragraph text = new Paragraph(n.text());
        text.addClassName("ladder-one-on-one-note-text");
        Span marker = new Span(n.shared() ? "Shared" : "Private — only you");
        marker.addClassNames("ladder-badge", n.shared() ? "ladder-one-on-one-shared" : "ladder-one-on-one-private");
        Span by = new Span(n.authorName() + ", " + Formats.dateTime(n.updatedAt()));
        by.addClassName("ladder-hint");
        row.add(text, marker, by);
        if (mayWork && n.mine()) {
            Button edit = new Button("Edit", e -> editNote(row, n));
            edit.setId("note-edit-" + n.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            row.add(edit);
        }
        return row;
    }

    private void editNote(Div row, OneOnOnePage.Note n) {
        row.removeAll();
        TextArea text = new TextArea("Note", n.text(), "");
        text.setId("note-text-" + n.id());
        text.setMaxLength(OneOnOneLimits.NOTE_MAX_LENGTH);
        text.setWidthFull();
        Checkbox shared = new Checkbox("Share with " + otherName(page), n.shared());
        shared.setId("note-shared-" + n.id());
        Button save = new Button("Save", e -> act(() -> oneOnOnes.editNote(n.id(), n.version(), text.getValue(),
                shared.getValue()), Map.of("note", text), () -> Toasts.success("Note changed.")));
        save.setId("note-save-" + n.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button("Cancel", e -> renderNotes(page));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        row.add(text, shared, new HorizontalLayout(save, cancel));
    }

    // --- action items --------------------------------------------------------------------------------------------

    private Component actionForm(OneOnOnePage p) {
        List<Owner> owners = List.of(new Owner(p.reportId(), p.reportName()), new Owner(p.managerId(),
                p.managerName()));
        newAction.setId("action-new");
        newAction.setMaxLength(OneOnOneLimits.ACTION_MAX_LENGTH);
        newAction.setWidthFull();
        actionOwner.setId("action-owner");
        actionOwner.setLabel("Owner");
        actionOwner.setItems(owners);
        actionOwner.setItemLabelGenerator(Owner::name);
        actionDue.setId("action-due");
        actionDue.setMin(LocalDate.now(clock));
        actionDue.setClearButtonVisible(true);
        actionDue.setHelperText("Optional");
        actionBinder.forField(newAction).asRequired("Say what is to be done.")
                .bind(ActionDraft::getText, ActionDraft::setText);
        actionBinder.forField(actionOwner).asRequired("Choose who does it.")
                .bind(ActionDraft::getOwner, ActionDraft::setOwner);
        actionBinder.forField(actionDue).bind(ActionDraft::getDue, ActionDraft::setDue);
        actionBinder.setBean(newActionDraft(owners.get(0)));
        addAction.setId("action-add");
        addAction.addClickListener(e -> {
            if (actionBinder.validate().isOk()) {
                ActionDraft d = actionBinder.getBean();
                act(() -> oneOnOnes.addAction(page.id(), d.getText(), d.getOwner().id(), d.getDue()),
                        Map.of("action", newAction, "owner", actionOwner, "due", actionDue), () -> {
                            actionBinder.setBean(newActionDraft(owners.get(0)));
                            Toasts.success("Action item added for " + d.getOwner().name() + ".");
                        });
            }
        });
        HorizontalLayout details = new HorizontalLayout(actionOwner, actionDue);
        details.setWrap(true);
        VerticalLayout form = new VerticalLayout(newAction, details, addAction);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("ladder-one-on-one-form");
        return form;
    }

    private static ActionDraft newActionDraft(Owner owner) {
        ActionDraft d = new ActionDraft();
        d.setOwner(owner);
        return d;
    }

    private void renderActions(OneOnOnePage p) {
        actionsList.removeAll();
        if (p.actions().isEmpty()) {
            actionsList.add(empty("actions-empty", "No action items: agree one when you talk."));
            return;
        }
        p.actions().forEach(a -> actionsList.add(actionRow(a, p.mayWork())));
    }

    private Component actionRow(OneOnOnePage.Action a, boolean mayWork) {
        Div row = new Div();
        row.setId("action-" + a.id());
        row.addClassName("ladder-one-on-one-item");
        if (a.done()) {
            row.addClassName("ladder-one-on-one-done");
        }
        if (mayWork) {
            Checkbox done = new Checkbox(a.text(), a.done());
            done.setId("action-done-" + a.id());
            done.addValueChangeListener(e -> act(() -> oneOnOnes.setDone(a.id(), a.version(), e.getValue()),
                    Map.of(), () -> {
                    }));
            row.add(done);
        } else {
            row.add(new Span(a.text() + (a.done() ? " (done)" : "")));
        }
        row.add(actionFacts(a));
        return row;
    }

    private static Span actionFacts(OneOnOnePage.Action a) {
        Span facts = new Span(a.ownerName() + (a.dueOn() == null ? "" : " · due " + Formats.date(a.dueOn()))
                + (a.overdue() ? " · overdue" : ""));
        facts.addClassName(a.overdue() ? "ladder-overdue" : "ladder-hint");
        return facts;
    }

    // --- holding it, and the meetings held -------------------------------------------------------------------------

    private void renderHold(OneOnOnePage p) {
        holdArea.removeAll();
        holdArea.setVisible(p.mayHold());
        if (!p.mayHold()) {
            return;
        }
        heldOn.setId("hold-date");
        heldOn.setMax(LocalDate.now(clock));
        if (heldOn.getValue() == null) {
            heldOn.setValue(LocalDate.now(clock));
        }
        hold.setId("hold");
        hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Paragraph what = new Paragraph("Discussed topics, done action items and today's notes are kept with this "
                + "meeting; the rest carries over to the next 1:1.");
        what.addClassName("ladder-hint");
        HorizontalLayout row = new HorizontalLayout(heldOn, hold);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        holdArea.add(new H3("Held the 1:1?"), what, row);
    }

    private void holdClicked() {
        heldOn.setInvalid(false);
        act(() -> oneOnOnes.hold(page.id(), page.version(), heldOn.getValue()), Map.of("heldOn", heldOn),
                () -> Toasts.success("1:1 recorded as held on " + Formats.date(heldOn.getValue()) + "."));
    }

    private void renderHistory(OneOnOnePage p) {
        history.removeAll();
        if (p.meetings().isEmpty()) {
            return;
        }
        history.add(new H3("Held 1:1s (" + p.meetingsTotal() + ")"));
        for (OneOnOnePage.Meeting m : p.meetings()) {
            Div body = new Div();
            if (!m.discussed().isEmpty()) {
                body.add(new H4("Discussed"), list(m.discussed().stream().map(OneOnOnePage.Topic::text).toList()));
            }
            if (!m.done().isEmpty()) {
                body.add(new H4("Done"), list(m.done().stream().map(a -> a.text() + " (" + a.ownerName() + ")")
                        .toList()));
            }
            if (!m.notes().isEmpty()) {
                body.add(new H4("Notes"));
                m.notes().forEach(n -> body.add(noteRow(n, false)));
            }
            if (body.getChildren().findAny().isEmpty()) {
                body.add(new Paragraph("Nothing was recorded for this meeting."));
            }
            Details details = new Details("Held on " + Formats.date(m.heldOn()) + " (recorded by "
                    + m.recordedByName() + ")", body);
            details.setId("meeting-" + m.id());
            history.add(details);
        }
    }

    private Component earlier(long reportId, long shownId) {
        Div box = new Div();
        box.setId("one-on-one-earlier");
        List<OneOnOneSummary> all = queries.oneOnOnesOf(reportId).stream().filter(o -> o.oneOnOneId() != shownId)
                .toList();
        if (all.isEmpty()) {
            return box;
        }
        box.add(new H3("Other 1:1s of " + all.get(0).reportName()));
        UnorderedList list = new UnorderedList();
        all.forEach(o -> list.add(new ListItem(OneOnOneLinks.link("With " + o.managerName()
                + (o.lastHeldOn() == null ? "" : ", last held " + Formats.date(o.lastHeldOn())),
                OneOnOneLinks.path(reportId, o.oneOnOneId())))));
        box.add(list);
        return box;
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /**
     * Runs a change; on success reloads the lists (the add forms keep what is typed in them) and runs
     * {@code onSuccess}; a broken rule shows on its field; someone else's change meanwhile is kept and the caller is
     * told, their own input staying where it is.
     */
    private void act(Runnable change, Map<String, HasValidation> fields, Runnable onSuccess) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
        } catch (ValidationException e) {
            e.fieldErrors().forEach((key, message) -> {
                HasValidation field = fields.get(key);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    Toasts.error(message);
                }
            });
            return;
        } catch (ConcurrentEditException e) {
            ConflictNotice.show(e, this::reload);
            return;
        }
        onSuccess.run();
        reload();
    }

    private static Paragraph empty(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("ladder-empty");
        return p;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    private String otherName(OneOnOnePage p) {
        return p.mayHold() ? p.reportName() : p.managerName();
    }
}
