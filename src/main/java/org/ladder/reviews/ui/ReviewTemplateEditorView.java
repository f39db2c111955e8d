package org.ladder.reviews.ui;

import java.util.Optional;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.security.Roles;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.reviews.ReviewTemplateDetails;
import org.ladder.reviews.ReviewTemplates;
import org.ladder.reviews.TemplateDraft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Writes a review template, or a new version of one: the template's parts ({@link TemplateForm}); a version in use
 * says that saving makes a new version (running reviews keep theirs); a save over someone else's is refused with
 * the edits kept in the form.
 */
@Route(ReviewTemplateEditorView.ROUTE + "/:templateId?([0-9]+)")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class ReviewTemplateEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "review-template";

    private final transient ReviewTemplates templates;
    final TemplateForm form = new TemplateForm();
    final Paragraph status = new Paragraph();
    final Button save = new Button("Save template");
    final Button reload = new Button("Reload");
    private ReviewTemplateDetails details;
    private String title = "New review template";

    ReviewTemplateEditorView(ReviewTemplates templates) {
        this.templates = templates;
        setId("review-template-editor");
        addClassName("ladder-reviews");
        setMaxWidth("60rem");
        status.setId("review-template-status");
        status.addClassName("ladder-callout");
        save.setId("review-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        reload.setId("review-template-reload");
        reload.setVisible(false);
        reload.addClickListener(e -> show(Optional.of(details.templateId())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("templateId"));
    }

    private void show(Optional<Long> templateId) {
        removeAll();
        details = templateId.map(templates::read).orElse(null);
        TemplateDraft draft = details == null ? templates.starterDraft() : details.draft();
        title = details == null ? "New review template" : "Template “" + details.name() + "”";
        form.read(draft);
        if (details == null) {
            status.setText("A new template, starting from the standard questions and scales: change what you like.");
        } else if (details.inUse()) {
            status.setText("Version " + details.number() + " is used by reviews. Saving makes version "
                    + (details.numbers().stream().mapToInt(Integer::intValue).max().orElse(details.number()) + 1)
                    + "; the reviews already started keep version " + details.number() + ".");
        } else {
            status.setText("Version " + details.number() + ", saved by " + details.savedBy() + " on "
                    + Formats.dateTime(details.savedAt()) + ". No review uses it yet: saving changes it in place.");
        }
        reload.setVisible(false);
        Anchor back = new Anchor(ReviewTemplatesView.ROUTE, "Back to the templates");
        back.setId("review-template-back");
        FlexLayout buttons = new FlexLayout(save, reload, back);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.setAlignItems(FlexLayout.Alignment.BASELINE);
        buttons.addClassName("ladder-review-buttons");
        add(new H2(title), status, form, buttons);
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    void save() {
        Optional<TemplateDraft> draft = form.write();
        if (draft.isEmpty()) {
            save.setEnabled(true);
            return;
        }
        try {
            ReviewTemplateDetails saved = details == null ? templates.create(draft.get())
                    : templates.save(details.templateId(), details.templateVersion(), draft.get());
            Toasts.success(details == null ? "Template “" + saved.name() + "” created."
                    : details.inUse() && saved.number() != details.number() ? "Saved as version " + saved.number()
                            + "; running reviews keep version " + details.number() + "."
                            : "Template “" + saved.name() + "” saved.");
            getUI().ifPresent(ui -> ui.navigate(ReviewTemplatesView.ROUTE));
        } catch (ValidationException e) {
            form.showErrors(e.fieldErrors());
            save.setEnabled(true);
        } catch (ConcurrentEditException e) {
            form.showErrors(java.util.Map.of("conflict", e.getMessage()));
            reload.setVisible(true);
            save.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
