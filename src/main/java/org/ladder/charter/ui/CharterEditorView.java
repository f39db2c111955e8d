package org.ladder.charter.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Roles;
import org.ladder.base.ui.Toasts;
import org.ladder.charter.ApproverStatus;
import org.ladder.charter.CharterApprovals;
import org.ladder.charter.CharterDraft;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.CharterStatus;
import org.ladder.charter.ReviewComment;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Leadership drafts the next charter version: mission, vision, values, pillars and why it changes. Save keeps the
 * draft; submit sends it to the other leaders for approval. Errors show on the fields; nothing is half-saved.
 */
@Route("charter/edit")
@RolesAllowed(Roles.LEADERSHIP)
class CharterEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CharterService charter;
    private final transient CharterApprovals approvals;
    private final transient PeopleService people;
    private final long me;

    final TextArea mission = new TextArea("Mission");
    final TextArea vision = new TextArea("Vision");
    final TextArea reason = new TextArea("Why does it change?");
    final List<ValueRow> values = new ArrayList<>();
    final List<PillarRow> pillars = new ArrayList<>();
    private final VerticalLayout valuesBox = new VerticalLayout();
    private final VerticalLayout pillarsBox = new VerticalLayout();
    final Span status = new Span();
    final Paragraph formError = new Paragraph();
    final Button save = new Button("Save draft", VaadinIcon.DOWNLOAD_ALT.create());
    final Button submit = new Button("Submit for approval", VaadinIcon.PAPERPLANE.create());
    final Button discard = new Button("Discard this draft", VaadinIcon.TRASH.create());
    private CharterSnapshot loaded;
    private boolean returned;

    CharterEditorView(CharterService charter, CharterApprovals approvals, PeopleService people,
            CurrentUser currentUser) {
        this.charter = charter;
        this.approvals = approvals;
        this.people = people;
        this.me = currentUser.require().personId();
        setId("charter-editor");
        setMaxWidth("60rem");
        discard.setId("discard-charter");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> confirmDiscard());
    }

    /** The page says where the version stands: being drafted, returned, or awaiting approval. */
    @Override
    public String getPageTitle() {
        if (loaded == null) {
            return "Charter draft";
        }
        if (loaded.status() == CharterStatus.IN_APPROVAL) {
            return "Charter draft awaiting approval";
        }
        return returned ? "Revise the returned charter draft" : "Draft charter version " + loaded.number();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        load(charter.draft());
    }

    private void load(CharterSnapshot c) {
        removeAll();
        values.clear();
        pillars.clear();
        valuesBox.removeAll();
        pillarsBox.removeAll();
        loaded = c;
        status.setId("charter-status");
        status.setText("Version " + c.number() + " · " + c.status().label());
        status.addClassName("ladder-badge");
        RouterLink back = new RouterLink("← Mission & strategy", CharterView.class);
        back.setId("charter-back");
        add(back, status);
        List<ReviewComment> comments = charter.reviews(c.id()).stream().filter(r -> !r.approved()).toList();
        returned = c.status() == CharterStatus.DRAFT && c.submittedAt() != null;
        discard.setVisible(c.draftedBy() == me);
        if (c.status() == CharterStatus.IN_APPROVAL) {
            add(new Paragraph("This version is with the approvers. You can see what changes below; it can be "
                    + "edited again if it is returned."), approversBox(c), new H3("What changes"),
                    ChangeRendering.summary(charter.changesOf(c.id())), discard);
            return;
        }
        if (!comments.isEmpty()) {
            Div returnedBox = new Div(new H3("Returned by the approvers"));
            returnedBox.setId("charter-returned");
            returnedBox.addClassName("ladder-callout");
            comments.forEach(r -> returnedBox.add(new Paragraph(r.reviewerName() + ": " + r.comment())));
            add(returnedBox);
        }
        formError.setId("charter-form-error");
        formError.addClassName("ladder-error-text");
        formError.setVisible(false);

        setUp(mission, "charter-mission-field", CharterService.MAX_TEXT, "What we exist to do.");
        setUp(vision, "charter-vision-field", CharterService.MAX_TEXT, "Where we want to be.");
        setUp(reason, "charter-reason-field", CharterService.MAX_TEXT,
                "Shown to everyone with the change they acknowledge.");
        mission.setValue(c.mission());
        vision.setValue(c.vision());
        reason.setValue(c.changeReason() == null ? "" : c.changeReason());

        valuesBox.setPadding(false);
        valuesBox.setId("charter-values-editor");
        c.values().forEach(v -> addValue(v.name(), v.description()));
        Button addValue = new Button("Add a value", VaadinIcon.PLUS.create(), e -> addValue("", ""));
        addValue.setId("add-value");
        addValue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        pillarsBox.setPadding(false);
        pillarsBox.setId("charter-pillars-editor");
        c.pillars().forEach(p -> addPillar(p.name(), p.description(), p.ownerId()));
        Button addPillar = new Button("Add a pillar", VaadinIcon.PLUS.create(), e -> addPillar("", "", null));
        addPillar.setId("add-pillar");
        addPillar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        save.setId("save-charter");
        save.addClickListener(e -> save(false));
        submit.setId("submit-charter");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save(true));
        HorizontalLayout actions = new HorizontalLayout(save, submit, discard);
        actions.setWrap(true);
        add(formError, mission, vision, new H3("Values"), valuesBox, addValue, new H3("Strategic pillars"), pillarsBox,
                addPillar, reason, actions);
        if (returned) {
            add(approversBox(c));
        }
    }

    /** Each approver and where they stand; who returned it says why. */
    private Div approversBox(CharterSnapshot c) {
        Div box = new Div(new H3("Approvers"));
        box.setId("charter-approvers");
        box.addClassName("ladder-approvers");
        List<ApproverStatus> list = approvals.approvers(c.id());
        long approved = list.stream().filter(a -> a.decision() == ApproverStatus.Decision.APPROVED).count();
        Paragraph count = new Paragraph(approved + " of " + list.size() + " approved");
        count.setId("charter-approvers-count");
        box.add(count);
        UnorderedList items = new UnorderedList();
        for (ApproverStatus a : list) {
            ListItem item = new ListItem();
            Span name = new Span(a.name());
            name.addClassName("ladder-approver-name");
            Span decision = new Span(a.decision().label()
                    + (a.decidedAt() == null ? "" : " · " + org.ladder.base.ui.Formats.date(a.decidedAt())));
            decision.addClassNames("ladder-approver-decision",
                    "ladder-approver-" + a.decision().name().toLowerCase(java.util.Locale.ROOT));
            item.add(name, decision);
            if (a.comment() != null) {
                Span comment = new Span("“" + a.comment() + "”");
                comment.addClassName("ladder-approver-comment");
                item.add(comment);
            }
            items.add(item);
        }
        box.add(items);
        return box;
    }

    private void confirmDiscard() {
        CharterSnapshot c = loaded;
        ConfirmDialog dialog = new ConfirmDialog("Discard version " + c.number() + "?",
                (c.status() == CharterStatus.IN_APPROVAL || returned
                        ? "Its approval ends and the approvers' tasks are withdrawn. " : "")
                        + "The draft and its comments are deleted; this cannot be undone.",
                "Discard", e -> {
                    try {
                        charter.discard(c.id());
                        Toasts.success("Version " + c.number() + " was discarded.");
                        getUI().ifPresent(ui -> ui.navigate(CharterView.class));
                    } catch (ValidationException ex) {
                        showErrors(ex.fieldErrors());
                    }
                }, "Keep it", e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-discard");
        dialog.open();
    }

    private static void setUp(TextArea area, String id, int max, String helper) {
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(max);
        area.setHelperText(helper);
        area.setRequiredIndicatorVisible(true);
    }

    void addValue(String name, String description) {
        ValueRow row = new ValueRow(name, description);
        row.remove.addClickListener(e -> {
            values.remove(row);
            valuesBox.remove(row.layout);
        });
        values.add(row);
        valuesBox.add(row.layout);
    }

    void addPillar(String name, String description, Long ownerId) {
        PillarRow row = new PillarRow(name, description, ownerId);
        row.remove.addClickListener(e -> {
            pillars.remove(row);
            pillarsBox.remove(row.layout);
        });
        pillars.add(row);
        pillarsBox.add(row.layout);
    }

    CharterDraft toDraft() {
        return new CharterDraft(mission.getValue(), vision.getValue(),
                values.stream().map(v -> new CharterSnapshot.Value(v.name.getValue(), v.description.getValue())).toList(),
                pillars.stream().map(p -> new CharterDraft.PillarInput(p.name.getValue(), p.description.getValue(),
                        p.owner.getValue() == null ? null : p.owner.getValue().id())).toList(),
                reason.getValue());
    }

    private void save(boolean andSubmit) {
        clearErrors();
        try {
            CharterSnapshot saved = andSubmit ? charter.submit(loaded.id(), toDraft(), loaded.version())
                    : charter.saveDraft(loaded.id(), toDraft(), loaded.version());
            if (andSubmit) {
                Toasts.success("Version " + saved.number() + " was sent for approval.");
                getUI().ifPresent(ui -> ui.navigate(CharterView.class));
            } else {
                loaded = saved;
                Toasts.success("Draft saved.");
            }
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
        } catch (ConcurrentEditException e) {
            Notification n = new Notification();
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
            Button reload = new Button("Reload", ev -> {
                n.close();
                load(charter.draft());
            });
            n.add(new HorizontalLayout(new Span(e.getMessage()), reload));
            n.setDuration(0);
            n.setPosition(Notification.Position.MIDDLE);
            n.setId("charter-conflict");
            n.open();
        }
    }

    private void clearErrors() {
        formError.setVisible(false);
        for (HasValidation f : allFields()) {
            f.setInvalid(false);
        }
    }

    private List<HasValidation> allFields() {
        List<HasValidation> all = new ArrayList<>(List.of(mission, vision, reason));
        values.forEach(v -> all.addAll(List.of(v.name, v.description)));
        pillars.forEach(p -> all.addAll(List.of(p.name, p.description)));
        return all;
    }

    void showErrors(Map<String, String> errors) {
        List<String> general = new ArrayList<>();
        errors.forEach((field, message) -> {
            HasValidation target = fieldFor(field);
            if (target == null) {
                general.add(message);
            } else {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        });
        if (!general.isEmpty()) {
            formError.setText(String.join(" ", general));
            formError.setVisible(true);
        }
    }

    private HasValidation fieldFor(String key) {
        switch (key) {
            case "mission":
                return mission;
            case "vision":
                return vision;
            case "changeReason":
                return reason;
            default:
                break;
        }
        var m = java.util.regex.Pattern.compile("(values|pillars)\\[(\\d+)]\\.(name|description)").matcher(key);
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(2));
        boolean name = m.group(3).equals("name");
        if (m.group(1).equals("values") && i < values.size()) {
            return name ? values.get(i).name : values.get(i).description;
        }
        if (m.group(1).equals("pillars") && i < pillars.size()) {
            return name ? pillars.get(i).name : pillars.get(i).description;
        }
        return null;
    }

    /** One value being edited. */
    final class ValueRow {
        final TextField name = new TextField("Value");
        final TextArea description = new TextArea("What it means");
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout;

        ValueRow(String n, String d) {
            name.setValue(n);
            name.setMaxLength(CharterService.MAX_NAME);
            description.setValue(d);
            description.setMaxLength(CharterService.MAX_DESCRIPTION);
            description.setWidthFull();
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove value");
            layout = new HorizontalLayout(name, description, remove);
            layout.setWidthFull();
            layout.setAlignItems(Alignment.BASELINE);
            layout.addClassName("ladder-value-row");
        }
    }

    /** One pillar being edited. */
    final class PillarRow {
        final TextField name = new TextField("Pillar");
        final TextArea description = new TextArea("What it means");
        final ComboBox<PersonSummary> owner = new ComboBox<>("Owner");
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout;

        PillarRow(String n, String d, Long ownerId) {
            name.setValue(n);
            name.setMaxLength(CharterService.MAX_NAME);
            description.setValue(d);
            description.setMaxLength(CharterService.MAX_DESCRIPTION);
            description.setWidthFull();
            owner.setItemLabelGenerator(PersonSummary::displayName);
            owner.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit()).stream());
            owner.setClearButtonVisible(true);
            if (ownerId != null) {
                people.summaries(List.of(ownerId)).stream().findFirst().ifPresent(owner::setValue);
            }
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove pillar");
            layout = new HorizontalLayout(name, description, owner, remove);
            layout.setWidthFull();
            layout.setAlignItems(Alignment.BASELINE);
            layout.addClassName("ladder-pillar-row");
        }
    }
}
