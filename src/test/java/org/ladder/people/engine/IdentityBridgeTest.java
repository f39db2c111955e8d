package org.ladder.people.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine sees our people as users and our roles as groups, read-only. */
@LadderIntegrationTest
class IdentityBridgeTest {

    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void peopleAreUsersAndRolesAreGroups() {
        User hr = identity.createUserQuery().userId("hr").singleResult();
        assertThat(hr.getFirstName()).isEqualTo("Hannah");
        assertThat(hr.getLastName()).isEqualTo("Reyes");
        assertThat(identity.createUserQuery().memberOfGroup("HR").list()).extracting(User::getId).contains("hr");
        assertThat(identity.createUserQuery().memberOfGroup("EMPLOYEE").count()).isGreaterThanOrEqualTo(120);
        assertThat(identity.createUserQuery().userLastNameLike("Lindq%").list()).extracting(User::getId)
                .contains("employee");
        assertThat(identity.createUserQuery().memberOfGroup("EMPLOYEE").listPage(0, 10)).hasSize(10);
        assertThat(identity.createGroupQuery().groupMember("ceo").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("EMPLOYEE", "LEADERSHIP", "MANAGER");
        assertThat(identity.createGroupQuery().count()).isEqualTo(5);
        assertThat(identity.createGroupQuery().groupId("ADMIN").singleResult().getName()).isEqualTo("Administrator");
        assertThat(identity.isReadOnly()).isTrue();
    }

    @Test
    void passwordsAreCheckedAgainstOurUsersAndThereIsNoAdminAdmin() {
        assertThat(identity.checkPassword("admin", "demo")).isTrue();
        assertThat(identity.checkPassword("admin", "admin")).isFalse();
        assertThat(identity.checkPassword("nobody", "demo")).isFalse();
    }

    @Test
    void candidateGroupsOfTasksResolveToRealPeople() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Test_IdentityBridge")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Review").camundaCandidateGroups("MANAGER")
                .endEvent()
                .done();
        Deployment deployment = repository.createDeployment().addModelInstance("identity-bridge.bpmn", model).deploy();
        try {
            String instance = runtime.startProcessInstanceByKey("Test_IdentityBridge").getId();
            List<String> forManager = tasks.createTaskQuery().processInstanceId(instance).taskCandidateUser("manager")
                    .list().stream().map(t -> t.getTaskDefinitionKey()).toList();
            assertThat(forManager).containsExactly("Task_Review");
            assertThat(tasks.createTaskQuery().processInstanceId(instance).taskCandidateUser("employee").count())
                    .isZero();
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
