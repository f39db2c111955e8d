package org.ladder.charter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.ladder.charter.CharterService;
import org.ladder.charter.workflow.CharterPublicationProcess;
import org.ladder.support.CharterFixtures;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** Following a charter draft through approval: who approved, who returned it and why, the title, discarding. */
class CharterApprovalViewsTest extends KaribuTest {

    @Autowired
    CharterFixtures fixtures;
    @Autowired
    CharterService charter;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDrafterSeesEachApproverAndTheTitleSaysItAwaitsApproval() {
        long id = fixtures.submit("Awaiting approval " + System.nanoTime());
        List<String> approvers = fixtures.approvers();
        String first = approvers.get(0);
        signedIn.as(first);
        charter.approve(fixtures.approvalTaskOf(id, first).getId(), "Good.");

        login(CharterFixtures.DRAFTER);
        navigate("charter/edit");
        CharterEditorView editor = _get(CharterEditorView.class);
        assertThat(editor.getPageTitle()).isEqualTo("Charter draft awaiting approval");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Charter draft awaiting approval");
        Div box = _get(Div.class, d -> d.withId("charter-approvers"));
        assertThat(_get(box, Paragraph.class, p -> p.withId("charter-approvers-count")).getText())
                .isEqualTo("1 of " + approvers.size() + " approved");
        List<ListItem> items = _find(box, ListItem.class);
        assertThat(items).hasSize(approvers.size());
        assertThat(items.get(0).getElement().getTextRecursively()).contains("Approved").contains("“Good.”");
        assertThat(items.subList(1, items.size())).allSatisfy(i ->
                assertThat(i.getElement().getTextRecursively()).contains("Not decided yet"));
        assertThat(_get(RouterLink.class, l -> l.withId("charter-back")).getHref()).isEqualTo("charter");

        discard(editor, id); // clean up for the next tests: only one version can be in approval
    }

    @Test
    void aReturnedDraftShowsWhoReturnedItWithTheirComment() {
        long id = fixtures.submit("To be returned " + System.nanoTime());
        String approver = fixtures.approvers().get(0);
        signedIn.as(approver);
        charter.returnDraft(fixtures.approvalTaskOf(id, approver).getId(), "Say who our customers are.");

        login(CharterFixtures.DRAFTER);
        navigate("charter/edit");
        CharterEditorView editor = _get(CharterEditorView.class);
        assertThat(editor.getPageTitle()).isEqualTo("Revise the returned charter draft");
        Div box = _get(Div.class, d -> d.withId("charter-approvers"));
        assertThat(_find(box, ListItem.class)).anySatisfy(i -> assertThat(i.getElement().getTextRecursively())
                .contains("Returned it").contains("“Say who our customers are.”"));
        discard(editor, id);
    }

    @Test
    void onlyTheDrafterDiscardsAndOnlyBeforePublication() {
        long id = fixtures.submit("Not mine to discard " + System.nanoTime());
        String approver = fixtures.approvers().get(0);
        login(approver);
        navigate("charter/edit");
        assertThat(_get(CharterEditorView.class).discard.isVisible()).isFalse();
        assertThatThrownBy(() -> charter.discard(id)).isInstanceOf(AccessDeniedException.class);

        fixtures.approveAll(id);
        fixtures.runAsyncJobs(fixtures.processInstanceId(id));
        signedIn.as(CharterFixtures.DRAFTER);
        assertThatThrownBy(() -> charter.discard(id)).isInstanceOf(org.ladder.base.ValidationException.class)
                .hasMessageContaining("can no longer be discarded");
    }

    @Test
    void aNeverSubmittedDraftCanBeDiscardedToo() {
        login(CharterFixtures.DRAFTER);
        navigate("charter/edit");
        CharterEditorView editor = _get(CharterEditorView.class);
        assertThat(editor.getPageTitle()).startsWith("Draft charter version ");
        long id = jdbc.queryForObject("select id from charter_version where status = 'DRAFT'", Long.class);
        discard(editor, id);
    }

    @Test
    void historyLeadsBackToTheCharter() {
        login("employee");
        navigate("charter/history");
        assertThat(_get(RouterLink.class, l -> l.withId("history-back")).getHref()).isEqualTo("charter");
    }

    /** Discards through the editor's button and its confirmation; checks the process ended and the version went. */
    private void discard(CharterEditorView editor, long id) {
        int number = fixtures.numberOf(id);
        boolean hadProcess = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CharterPublicationProcess.businessKey(id)).count() > 0;
        _get(editor, Button.class, b -> b.withId("discard-charter")).click();
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-discard"));
        assertThat(ConfirmDialogKt.getText(dialog)).contains("cannot be undone");
        ConfirmDialogKt._fireConfirm(dialog);
        NotificationsKt.expectNotifications("Version " + number + " was discarded.");
        _get(CharterView.class);
        assertThat(jdbc.queryForObject("select count(*) from charter_version where id = ?", Integer.class, id)).isZero();
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CharterPublicationProcess.businessKey(id)).count()).isZero();
        if (hadProcess) {
            assertThat(history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(CharterPublicationProcess.businessKey(id)).singleResult()
                    .getDeleteReason()).isEqualTo("Draft discarded by its drafter");
        }
    }
}
