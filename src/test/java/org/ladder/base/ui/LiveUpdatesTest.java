package org.ladder.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;

/**
 * Someone else's windows are updated on the worker, never in the thread of the request that changed something
 * ("Return for changes" waited for the goal owner's open windows to re-render), and once per transaction.
 */
class LiveUpdatesTest {

    private final LiveUpdates live = new LiveUpdates();

    @AfterEach
    void stop() {
        live.destroy();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void anotherPersonsWindowIsUpdatedOffTheCallersThreadOncePerTransaction() {
        UI window = mock(UI.class);
        when(window.isAttached()).thenReturn(true);
        when(window.getSession()).thenReturn(mock(VaadinSession.class));
        doAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        }).when(window).access(any());
        AtomicInteger updates = new AtomicInteger();
        AtomicReference<Thread> updatedOn = new AtomicReference<>();
        live.register(7, window, () -> {
            updatedOn.set(Thread.currentThread());
            updates.incrementAndGet();
        });

        TransactionSynchronizationManager.initSynchronization();
        live.changed(List.of(7L));
        live.changed(List.of(7L, 8L));
        assertThat(updates).hasValue(0); // nothing before the commit
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations,
                TransactionSynchronization.STATUS_COMMITTED);
        TransactionSynchronizationManager.clearSynchronization();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(updates).hasValue(1));
        assertThat(updatedOn.get()).isNotSameAs(Thread.currentThread());
        assertThat(TransactionSynchronizationManager.getResource(live)).isNull();
    }
}
