package org.ladder.charter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.charter.domain.CharterReview;
import org.ladder.charter.domain.CharterReviewRepository;
import org.ladder.charter.domain.CharterVersion;
import org.ladder.charter.domain.CharterVersionRepository;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who approves a charter version and where each of them stands, for the drafter's page and the approvers' tasks.
 * The approvers are every active leader but the drafter (as {@link CharterService#submit} asks them); a decision
 * counts for the current round when it was made after the version was last submitted.
 */
@Service
@Transactional(readOnly = true)
public class CharterApprovals {

    private final CharterVersionRepository versions;
    private final CharterReviewRepository reviews;
    private final PeopleService people;
    private final CurrentUser currentUser;

    CharterApprovals(CharterVersionRepository versions, CharterReviewRepository reviews, PeopleService people,
            CurrentUser currentUser) {
        this.versions = versions;
        this.reviews = reviews;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** Each approver of the version's current round with their decision; leadership only. */
    public List<ApproverStatus> approvers(long versionId) {
        currentUser.requireAnyRole(Role.LEADERSHIP);
        CharterVersion v = versions.findById(versionId).orElseThrow(() -> new AccessDeniedException("No such version."));
        Instant round = v.getSubmittedAt();
        Map<Long, CharterReview> latest = new LinkedHashMap<>();
        if (round != null) {
            for (CharterReview r : reviews.findByVersionIdOrderByDecidedAtDesc(versionId)) {
                if (!r.getDecidedAt().isBefore(round)) {
                    latest.putIfAbsent(r.getReviewerId(), r);
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        for (String username : people.activeUsernamesWithRole(Role.LEADERSHIP)) {
            people.findByUsername(username).map(PersonSummary::id).filter(id -> id != v.getDraftedBy())
                    .ifPresent(ids::add);
        }
        latest.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add); // decided, then left leadership
        List<ApproverStatus> out = new ArrayList<>();
        for (PersonSummary p : people.summaries(ids)) {
            CharterReview r = latest.get(p.id());
            out.add(r == null ? new ApproverStatus(p.displayName(), ApproverStatus.Decision.WAITING, null, null)
                    : new ApproverStatus(p.displayName(), r.getDecision() == CharterReview.Decision.APPROVED
                            ? ApproverStatus.Decision.APPROVED : ApproverStatus.Decision.RETURNED, r.getComment(),
                            r.getDecidedAt()));
        }
        out.sort(java.util.Comparator.comparing((ApproverStatus a) -> a.decision().ordinal())
                .thenComparing(ApproverStatus::name));
        return out;
    }
}
