package org.ladder.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * What the signed-in person may see of one cycle on its page: everything (HR, administrators, or a head whose units
 * cover the whole scope), or the units they head with every unit below them and those units' people.
 * {@code businessKeys} are the instances behind those units and people (null: all of the cycle's).
 * <p>
 * The units are known at once; the people and the business keys are read the first time they are asked for (once),
 * because the page's counts need only the units (the counters are kept per unit, ADR 0033) and a head of a large
 * part of the organisation has thousands of people in scope.
 */
public final class CycleViewer {

    private final long cycleId;
    private final boolean everything;
    private final Set<Long> unitIds;
    private final Supplier<Set<Long>> personIdsOnce;
    private final Supplier<List<String>> businessKeysOnce;

    /** A viewer of the whole cycle. */
    static CycleViewer ofEverything(long cycleId) {
        return new CycleViewer(cycleId, true, Set.of(), Set::of, () -> null);
    }

    /**
     * A viewer of these units of the cycle and, read when first asked, of their people ({@code personIds}) and the
     * instances of both (by {@code unitKey} and {@code personKey}).
     */
    static CycleViewer ofUnits(long cycleId, Set<Long> unitIds, Supplier<Set<Long>> personIds,
            LongFunction<String> unitKey, LongFunction<String> personKey) {
        Supplier<Set<Long>> people = once(personIds);
        return new CycleViewer(cycleId, false, unitIds, people, () -> {
            Set<Long> persons = people.get();
            List<String> keys = new ArrayList<>(unitIds.size() + persons.size());
            unitIds.forEach(u -> keys.add(unitKey.apply(u)));
            persons.forEach(p -> keys.add(personKey.apply(p)));
            return keys;
        });
    }

    private CycleViewer(long cycleId, boolean everything, Set<Long> unitIds, Supplier<Set<Long>> personIds,
            Supplier<List<String>> businessKeys) {
        this.cycleId = cycleId;
        this.everything = everything;
        this.unitIds = Set.copyOf(unitIds);
        this.personIdsOnce = once(() -> Set.copyOf(personIds.get()));
        this.businessKeysOnce = once(() -> {
            List<String> keys = businessKeys.get();
            return keys == null ? null : List.copyOf(keys);
        });
    }

    public long cycleId() {
        return cycleId;
    }

    public boolean everything() {
        return everything;
    }

    public Set<Long> unitIds() {
        return unitIds;
    }

    /** The people of the units in view (empty for a viewer of everything). */
    public Set<Long> personIds() {
        return personIdsOnce.get();
    }

    /** The instances of the units and people in view; null for a viewer of everything. */
    public List<String> businessKeys() {
        return businessKeysOnce.get();
    }

    public boolean seesUnit(long unitId) {
        return everything || unitIds.contains(unitId);
    }

    public boolean seesPerson(long personId) {
        return everything || personIds().contains(personId);
    }

    @Override
    public String toString() {
        return "CycleViewer[cycle " + cycleId + (everything ? ", everything" : ", " + unitIds.size() + " units") + "]";
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private boolean done;
            private T value;

            @Override
            public synchronized T get() {
                if (!done) {
                    value = supplier.get();
                    done = true;
                }
                return value;
            }
        };
    }
}
