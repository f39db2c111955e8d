package org.ladder.base.workflow;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Typed variables for starting a process, completing a task or correlating a message: a contract class builds them
 * ({@code GoalApprovalProcess.approved()}), the engine port hands {@link #asMap()} to the engine.
 */
public final class ProcessVariables {

    private final Map<String, Object> values = new HashMap<>();

    private ProcessVariables() {
    }

    public static ProcessVariables create() {
        return new ProcessVariables();
    }

    public static <T> ProcessVariables of(ProcessVariable<T> variable, T value) {
        return create().with(variable, value);
    }

    public <T> ProcessVariables with(ProcessVariable<T> variable, T value) {
        values.put(variable.name(), variable.write(value));
        return this;
    }

    /** Adds all of {@code other} (later values win). */
    public ProcessVariables with(ProcessVariables other) {
        values.putAll(other.values);
        return this;
    }

    public <T> T get(ProcessVariable<T> variable) {
        return variable.read(values.get(variable.name()));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The engine's view: name to stored value (unmodifiable). */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
