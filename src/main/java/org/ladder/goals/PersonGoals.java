package org.ladder.goals;

import java.util.List;

import org.ladder.goals.domain.GoalStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own goals (not abandoned) as the caller may see them, for the person's page: public goals that are no
 * longer drafts, and — for the person, their manager chain and HR — private goals and drafts too.
 */
@Service
@Transactional(readOnly = true)
public class PersonGoals {

    private final GoalStore store;
    private final GoalAccess access;
    private final GoalRows rows;

    PersonGoals(GoalStore store, GoalAccess access, GoalRows rows) {
        this.store = store;
        this.access = access;
        this.rows = rows;
    }

    /** The person's goals the caller may see, company-level first, newest period first (at most 200). */
    public List<GoalRef> of(long personId) {
        GoalStore.Viewer viewer = access.viewer();
        boolean close = viewer.seesPrivateOf(personId);
        return rows.refs(store.ownedBy(personId, List.of()).stream()
                .filter(r -> close || (r.visibility() == Visibility.PUBLIC && r.status() != GoalStatus.DRAFT))
                .toList());
    }
}
