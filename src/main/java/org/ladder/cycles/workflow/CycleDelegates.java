package org.ladder.cycles.workflow;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ladder.tasks.CampaignMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cycle's service tasks: thin adapters that read the ids through the contracts' typed variables and call one
 * step of {@link CycleEngineSteps}. Referenced from the BPMN as {@code ${startCycleCascade}} and so on; they run as the
 * engine.
 */
@Configuration
class CycleDelegates {

    @Bean
    JavaDelegate startCycleCascade(CycleEngineSteps steps) {
        return execution -> steps.startCascade(AlignmentCycleProcess.CYCLE_ID.from(execution));
    }

    @Bean
    JavaDelegate startCycleChunk(CycleEngineSteps steps) {
        return execution -> steps.startChunk(UnitCascadeProcess.CYCLE_ID.from(execution),
                UnitCascadeProcess.Kind.valueOf(UnitCascadeProcess.KIND.from(execution)),
                UnitCascadeProcess.ids(UnitCascadeProcess.IDS.from(execution)));
    }

    @Bean
    JavaDelegate workCycleControlChunk(CycleControlSteps steps) {
        return execution -> CycleControlProcess.MORE_TO_DO.set(execution, steps.workChunk(
                CycleControlProcess.CYCLE_ID.from(execution), CycleControlProcess.CONTROL_ID.from(execution)));
    }

    @Bean
    JavaDelegate startUnitPeople(CycleEngineSteps steps) {
        return execution -> steps.unitReady(UnitCascadeProcess.CYCLE_ID.from(execution),
                UnitCascadeProcess.UNIT_ID.from(execution));
    }

    @Bean
    JavaDelegate personalGoalsDone(CycleEngineSteps steps) {
        return execution -> steps.personalGoalsDone(UnitCascadeProcess.CYCLE_ID.from(execution),
                UnitCascadeProcess.PERSON_ID.from(execution));
    }

    @Bean
    JavaDelegate startCycleCheckIns(CycleEngineSteps steps) {
        return execution -> steps.startCheckIns(AlignmentCycleProcess.CYCLE_ID.from(execution));
    }

    @Bean
    JavaDelegate startCycleReviews(CycleEngineSteps steps) {
        return execution -> steps.startReviews(AlignmentCycleProcess.CYCLE_ID.from(execution));
    }

    @Bean
    JavaDelegate gatherCycleOutcomes(CycleEngineSteps steps) {
        return execution -> steps.enterRevise(AlignmentCycleProcess.CYCLE_ID.from(execution));
    }

    @Bean
    JavaDelegate startCycleClose(CycleEngineSteps steps) {
        return execution -> AlignmentCycleProcess.OWNERS_ASKED.set(execution,
                steps.startClose(AlignmentCycleProcess.CYCLE_ID.from(execution)));
    }

    @Bean
    JavaDelegate freezeCycle(CycleEngineSteps steps) {
        return execution -> steps.freeze(AlignmentCycleProcess.CYCLE_ID.from(execution));
    }

    @Bean
    JavaDelegate remindCycleLeadership(CycleEngineSteps steps) {
        return execution -> steps.remindLeadership(execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate escalateCycleLeadershipToHr(CycleEngineSteps steps) {
        return execution -> steps.escalateLeadershipToHr(execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate remindUnitHead(CycleEngineSteps steps) {
        return execution -> steps.remindHead(execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate escalateUnitToSkipLevel(CycleEngineSteps steps) {
        return execution -> steps.escalateToSkipLevel(execution.getProcessInstanceId(),
                UnitCascadeProcess.CYCLE_ID.from(execution), UnitCascadeProcess.UNIT_ID.from(execution));
    }

    @Bean
    JavaDelegate escalateUnitToHr(CycleEngineSteps steps) {
        return execution -> steps.escalateUnitToHr(execution.getProcessInstanceId(),
                UnitCascadeProcess.CYCLE_ID.from(execution), UnitCascadeProcess.UNIT_ID.from(execution));
    }

    @Bean
    JavaDelegate remindCyclePerson(CycleEngineSteps steps) {
        return execution -> steps.remindPerson(execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate escalatePersonToManager(CycleEngineSteps steps) {
        return execution -> steps.escalatePersonToManager(execution.getProcessInstanceId(),
                UnitCascadeProcess.CYCLE_ID.from(execution), UnitCascadeProcess.PERSON_ID.from(execution));
    }

    /** The close's light task: when every owner has closed their goals, the cycle goes on to freeze its record. */
    @Bean
    CampaignMessages cycleCloseCampaignMessages() {
        return new CampaignMessages(CycleEngineSteps.CLOSE_SUBJECT, AlignmentCycleProcess.MESSAGE_CLOSING_DONE,
                AlignmentCycleProcess.MESSAGE_CLOSING_DONE, AlignmentCycleProcess::businessKey);
    }
}
