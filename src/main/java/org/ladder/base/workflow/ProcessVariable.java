package org.ladder.base.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One typed process variable of a process contract, in the spirit of holunda-io/camunda-bpm-data: the contract class
 * declares {@code static final ProcessVariable<Long> GOAL_ID = ProcessVariable.longValue("goalId")} and everything
 * else reads and writes through it, so no service or delegate spells a variable name or casts a value.
 *
 * <p>Values are stored as the engine's primitive types (Long, String, Boolean; a duration as its ISO-8601 text, which
 * timer expressions read; a list of strings or longs as a serialised {@link ArrayList}). Ids, never entities.
 *
 * @param <T> the Java type callers see
 */
public final class ProcessVariable<T> {

    private enum Kind { LONG, STRING, BOOLEAN, DURATION, STRING_LIST, LONG_LIST }

    private final String name;
    private final Kind kind;

    private ProcessVariable(String name, Kind kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A process variable needs a name");
        }
        this.name = name;
        this.kind = kind;
    }

    public static ProcessVariable<Long> longValue(String name) {
        return new ProcessVariable<>(name, Kind.LONG);
    }

    public static ProcessVariable<String> stringValue(String name) {
        return new ProcessVariable<>(name, Kind.STRING);
    }

    public static ProcessVariable<Boolean> booleanValue(String name) {
        return new ProcessVariable<>(name, Kind.BOOLEAN);
    }

    /** A wait, stored as ISO-8601 text ({@code PT2H}) so that a timer's {@code ${name}} expression reads it. */
    public static ProcessVariable<Duration> durationValue(String name) {
        return new ProcessVariable<>(name, Kind.DURATION);
    }

    /** A list of usernames or group names, e.g. for a multi-instance collection or candidate groups. */
    public static ProcessVariable<List<String>> stringList(String name) {
        return new ProcessVariable<>(name, Kind.STRING_LIST);
    }

    public static ProcessVariable<List<Long>> longList(String name) {
        return new ProcessVariable<>(name, Kind.LONG_LIST);
    }

    /** The name the model's expressions use ({@code ${goalId}}); for tests and queries only. */
    public String name() {
        return name;
    }

    /** The value in this execution or task (local or inherited); fails clearly when it is missing. */
    public T from(VariableScope scope) {
        return optionalFrom(scope).orElseThrow(() -> missing());
    }

    public Optional<T> optionalFrom(VariableScope scope) {
        return Optional.ofNullable(read(scope.getVariable(name)));
    }

    /** The value in a map of variables (e.g. {@code TaskService.getVariables(taskId)}). */
    public T from(Map<String, ?> variables) {
        return optionalFrom(variables).orElseThrow(() -> missing());
    }

    public Optional<T> optionalFrom(Map<String, ?> variables) {
        return Optional.ofNullable(read(variables.get(name)));
    }

    /** Sets the value on the execution or task ({@code null} clears it to null). */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, write(value));
    }

    /** Sets the value on this scope only (a task's or a multi-instance execution's own variable). */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, write(value));
    }

    /** The stored form of {@code value}, for {@link ProcessVariables}. */
    Object write(T value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case DURATION -> value.toString();
            case STRING_LIST, LONG_LIST -> new ArrayList<>((Collection<?>) value);
            default -> value;
        };
    }

    @SuppressWarnings("unchecked")
    T read(Object raw) {
        if (raw == null) {
            return null;
        }
        try {
            return (T) switch (kind) {
                case LONG -> ((Number) raw).longValue();
                case STRING -> (String) raw;
                case BOOLEAN -> (Boolean) raw;
                case DURATION -> Duration.parse((String) raw);
                case STRING_LIST -> List.copyOf((Collection<String>) raw);
                case LONG_LIST -> ((Collection<?>) raw).stream().map(n -> ((Number) n).longValue()).toList();
            };
        } catch (ClassCastException | java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("Process variable '" + name + "' holds " + raw.getClass().getSimpleName()
                    + " '" + raw + "', not a " + kind.name().toLowerCase().replace('_', ' '), e);
        }
    }

    private IllegalStateException missing() {
        return new IllegalStateException("Process variable '" + name + "' is not set");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessVariable<?> other && other.name.equals(name) && other.kind == kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind);
    }

    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase() + ")";
    }
}
