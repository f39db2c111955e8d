package org.ladder.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ladder.tasks.AcknowledgementReminderDue;
import org.ladder.tasks.AcknowledgementsEscalated;
import org.ladder.tasks.AcknowledgementsRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Collects acknowledgement events, for tests of the processes that publish them. */
@Component
public class RecordedAckEvents {

    public final List<AcknowledgementsRequested> requested = new CopyOnWriteArrayList<>();
    public final List<AcknowledgementReminderDue> reminders = new CopyOnWriteArrayList<>();
    public final List<AcknowledgementsEscalated> escalations = new CopyOnWriteArrayList<>();

    @EventListener
    void on(AcknowledgementsRequested e) {
        requested.add(e);
    }

    @EventListener
    void on(AcknowledgementReminderDue e) {
        reminders.add(e);
    }

    @EventListener
    void on(AcknowledgementsEscalated e) {
        escalations.add(e);
    }
}
