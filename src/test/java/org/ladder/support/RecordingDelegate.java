package org.ladder.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A stand-in for a delegate bean in BPMN path tests: registered under the bean's name ({@code ${publishCharter}}),
 * it records the activity of each call and may set what the real delegate would set.
 */
public final class RecordingDelegate implements JavaDelegate {

    private final List<String> calls = new ArrayList<>();
    private Consumer<DelegateExecution> behaviour = e -> { };

    private RecordingDelegate() {
    }

    /** A recording delegate registered with the engine's mock expression manager under {@code beanName}. */
    public static RecordingDelegate register(String beanName) {
        RecordingDelegate delegate = new RecordingDelegate();
        Mocks.register(beanName, delegate);
        return delegate;
    }

    /** What the real delegate does to the execution (e.g. sets a variable). */
    public RecordingDelegate doing(Consumer<DelegateExecution> behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.add(execution.getCurrentActivityId());
        behaviour.accept(execution);
    }

    /** The activities it ran in, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}
