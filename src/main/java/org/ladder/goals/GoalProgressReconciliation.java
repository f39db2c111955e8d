package org.ladder.goals;

import java.util.List;
import java.util.Locale;

import org.ladder.base.Reconciliation;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.goals.domain.GoalProgressStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every goal's progress from its children (the average of the active and achieved ones) or from its
 * key results, and reports each goal whose stored progress differs (admins; from the Operations view). Read-only:
 * a drift is reported, not repaired, so that its cause can be looked at first.
 */
@Service
public class GoalProgressReconciliation implements Reconciliation {

    private final GoalProgressStore store;
    private final CurrentUser currentUser;

    GoalProgressReconciliation(GoalProgressStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    @Override
    public String title() {
        return "Goal progress";
    }

    @Override
    @Transactional(readOnly = true)
    public Report run() {
        currentUser.requireAnyRole(Role.ADMIN);
        long checked = store.countGoals();
        List<Drift> drift = store.progressDrift().stream()
                .map(d -> new Drift("Goal " + d.id() + " “" + d.title() + "”", percent(d.stored()),
                        percent(d.expected())))
                .toList();
        return new Report(title(), checked, drift);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f %%", value);
    }
}
