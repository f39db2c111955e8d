package org.ladder.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.support.CharterFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.ladder.tasks.AcknowledgementRefusedException;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@LadderIntegrationTest
class CharterServiceTest {

    @Autowired
    CharterService charter;
    @Autowired
    CharterFixtures fixtures;
    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void onlyLeadershipDraftsAndDraftsAreHiddenFromEveryoneElse() {
        signedIn.as("employee");
        assertThatThrownBy(() -> charter.draft()).isInstanceOf(AccessDeniedException.class);
        signedIn.as("hr");
        assertThatThrownBy(() -> charter.draft()).isInstanceOf(AccessDeniedException.class);

        signedIn.as("ceo");
        CharterSnapshot draft = charter.draft();
        signedIn.as("employee");
        assertThat(charter.version(draft.id())).isEmpty();
        assertThat(charter.history()).noneMatch(v -> v.id() == draft.id());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        signedIn.as("ceo");
        CharterSnapshot draft = charter.draft();
        CharterDraft bad = new CharterDraft("x".repeat(2001), "", java.util.List.of(), java.util.List.of(), "");
        assertThatThrownBy(() -> charter.submit(draft.id(), bad, draft.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("mission", "vision", "values", "pillars"));
        CharterSnapshot after = charter.version(draft.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(CharterStatus.DRAFT);
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(after.mission()).isEqualTo(draft.mission());
    }

    @Test
    void twoEditorsOfOneDraftNeverOverwriteEachOther() {
        signedIn.as("ceo");
        CharterSnapshot loadedByCeo = charter.draft();
        String leader = fixtures.approvers().get(0);
        signedIn.as(leader);
        CharterSnapshot loadedByLeader = charter.draft();
        assertThat(loadedByLeader.id()).isEqualTo(loadedByCeo.id());

        charter.saveDraft(loadedByLeader.id(), CharterFixtures.draft("The leader's wording"), loadedByLeader.version());
        signedIn.as("ceo");
        assertThatThrownBy(() -> charter.saveDraft(loadedByCeo.id(), CharterFixtures.draft("The CEO's wording"),
                loadedByCeo.version())).isInstanceOf(ConcurrentEditException.class).hasMessageContaining("reload");
        assertThat(charter.version(loadedByCeo.id()).orElseThrow().mission()).isEqualTo("The leader's wording");
    }

    @Test
    void onlyOneVersionCanBeInApprovalAndAnApprovalCompletedTwiceLeavesOneResult() {
        long id = fixtures.submit("One at a time " + System.nanoTime());
        signedIn.as("ceo");
        CharterSnapshot open = charter.draft();
        assertThat(open.id()).isEqualTo(id); // the open version, not a second one
        assertThat(open.status()).isEqualTo(CharterStatus.IN_APPROVAL);
        assertThatThrownBy(() -> charter.saveDraft(id, CharterFixtures.draft("edit while in approval"), open.version()))
                .isInstanceOf(ValidationException.class);

        String approver = fixtures.approvers().get(0);
        String taskId = fixtures.approvalTaskOf(id, approver).getId();
        signedIn.as(approver);
        charter.approve(taskId, "first tab");
        assertThatThrownBy(() -> charter.approve(taskId, "second tab"))
                .isInstanceOf(TaskAlreadyCompletedException.class);
        signedIn.as("ceo");
        assertThat(charter.reviews(id)).filteredOn(r -> r.reviewerName() != null).hasSize(1);

        fixtures.approveAllRemaining(id);
        signedIn.as("ceo");
        assertThat(charter.version(id).orElseThrow().status()).isEqualTo(CharterStatus.PUBLISHED);
    }

    @Test
    void returningNeedsAComment() {
        long id = fixtures.submit("Comment needed " + System.nanoTime());
        String approver = fixtures.approvers().get(0);
        signedIn.as(approver);
        String taskId = fixtures.approvalTaskOf(id, approver).getId();
        assertThatThrownBy(() -> charter.returnDraft(taskId, "  ")).isInstanceOf(ValidationException.class);
        fixtures.approveAllRemaining(id);
    }

    @Test
    void acknowledgingTwiceIsHarmlessAndUpdatesThePercentageOnce() {
        long id = fixtures.publish("Acknowledge twice " + System.nanoTime());
        long campaign = fixtures.campaignOf(id);
        int before = fixtures.campaignSummary(campaign).pending();
        signedIn.as("employee");
        assertThat(acknowledgements.acknowledge(campaign, "What does 'ownership' mean for interns?"))
                .isEqualTo(AcknowledgementService.Outcome.ACKNOWLEDGED);
        assertThat(acknowledgements.acknowledge(campaign, null))
                .isEqualTo(AcknowledgementService.Outcome.ALREADY_ACKNOWLEDGED);
        assertThat(fixtures.campaignSummary(campaign).pending()).isEqualTo(before - 1);

        signedIn.as("hr");
        assertThat(acknowledgements.unitProgress(campaign)).anySatisfy(u -> {
            assertThat(u.unitName()).isEqualTo("Core Services");
            assertThat(u.acknowledged()).isEqualTo(1);
        });
        assertThat(acknowledgements.pendingPeople(campaign, null, null, 0, 500))
                .noneMatch(p -> p.displayName().equals("Emma Lindqvist"));
        signedIn.as("employee");
        assertThatThrownBy(() -> acknowledgements.campaign(campaign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.acknowledge(campaign, "x".repeat(1001)))
                .isInstanceOf(AcknowledgementRefusedException.class);
    }
}
