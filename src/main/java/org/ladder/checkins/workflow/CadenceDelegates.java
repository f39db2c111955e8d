package org.ladder.checkins.workflow;

import static org.ladder.checkins.workflow.CheckInCadenceProcess.date;
import static org.ladder.checkins.workflow.CheckInCadenceProcess.instant;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.tasks.TaskNudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cadence's service tasks: thin adapters that read the ids through the contract's typed variables and call one
 * step. Referenced from the BPMN as {@code ${planNextCheckInPeriod}} and so on; they run as the engine.
 */
@Configuration
class CadenceDelegates {

    private static final Logger log = LoggerFactory.getLogger(CadenceDelegates.class);

    @Bean
    JavaDelegate bringCadencesInLine(CadenceEngineSteps steps) {
        return execution -> {
            CadenceEngineSteps.InLine done = steps.bringInLine(
                    CheckInCadenceProcess.people(CheckInCadenceProcess.PEOPLE.from(execution)));
            log.debug("Cadence chunk {}: {}", execution.getProcessBusinessKey(), done);
        };
    }

    @Bean
    JavaDelegate planNextCheckInPeriod(CadenceEngineSteps steps) {
        return execution -> {
            ProcessVariables next = steps.nextPeriod(CheckInCadenceProcess.PERSON_ID.from(execution),
                    date(CheckInCadenceProcess.PERIOD_END.from(execution)))
                    .map(p -> CheckInCadenceProcess.period(p, steps.now())).orElseGet(CheckInCadenceProcess::over);
            execution.setVariables(next.asMap());
        };
    }

    @Bean
    JavaDelegate markCheckInMissed(CadenceEngineSteps steps) {
        return execution -> steps.markMissed(CheckInCadenceProcess.PERSON_ID.from(execution),
                date(CheckInCadenceProcess.PERIOD_START.from(execution)),
                instant(CheckInCadenceProcess.DUE_AT.from(execution)));
    }

    @Bean
    JavaDelegate remindCheckIn(TaskNudges nudges) {
        return execution -> nudges.remind(execution.getProcessInstanceId(), CheckInCadenceProcess.TASK_CHECK_IN);
    }
}
