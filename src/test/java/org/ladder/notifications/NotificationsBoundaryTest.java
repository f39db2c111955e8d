package org.ladder.notifications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.ladder.tasks.AcknowledgementReminderDue;
import org.ladder.tasks.AcknowledgementsEscalated;
import org.ladder.tasks.AcknowledgementsRequested;
import org.ladder.tasks.TaskAssigned;
import org.ladder.tasks.TaskEscalated;
import org.ladder.tasks.TaskReminderDue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Sharper than the module rule (besides the events, only the audience adapter reads AcknowledgementCampaigns, and
 * the listeners ask the InboxService what a task is about and name it with TaskNames) ({@code allowedDependencies = "tasks"} admits the whole tasks API): from the tasks
 * module, notifications use its event records only.
 */
class NotificationsBoundaryTest {

    @Test
    void fromTheTasksModuleOnlyTheEventRecordsAreUsed() {
        DescribedPredicate<JavaClass> tasksApiBeyondEvents = DescribedPredicate.describe(
                "tasks types other than its event records", c -> c.getPackageName().startsWith("org.ladder.tasks")
                        && !c.isEquivalentTo(TaskAssigned.class)
                        && !c.isEquivalentTo(TaskReminderDue.class)
                        && !c.isEquivalentTo(TaskEscalated.class)
                        && !c.isEquivalentTo(org.ladder.tasks.TaskClosed.class)
                        && !c.isEquivalentTo(org.ladder.tasks.Acknowledged.class)
                        && !c.isEquivalentTo(org.ladder.tasks.AcknowledgementCampaignCompleted.class)
                        && !c.isEquivalentTo(org.ladder.tasks.AcknowledgementCampaignClosed.class)
                        && !c.isEquivalentTo(org.ladder.tasks.InboxService.class)
                        && !c.isEquivalentTo(org.ladder.tasks.TaskNames.class)
                        && !c.isEquivalentTo(AcknowledgementsRequested.class)
                        && !c.isEquivalentTo(AcknowledgementReminderDue.class)
                        && !c.isEquivalentTo(AcknowledgementsEscalated.class)
                        && !c.isEquivalentTo(AcknowledgementsEscalated.Level.class)
                        && !c.isEquivalentTo(org.ladder.tasks.AcknowledgementCampaigns.class));
        noClasses().that().resideInAPackage("org.ladder.notifications..")
                .should().dependOnClassesThat(tasksApiBeyondEvents)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ladder.notifications"));
    }
}
