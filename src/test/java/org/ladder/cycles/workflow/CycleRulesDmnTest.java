package org.ladder.cycles.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ladder.checkins.Frequency;
import org.ladder.cycles.CycleWorkflow;
import org.ladder.cycles.RuleApplied;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code cycle-rules} decision table as the engine deployed it from {@code bpmn/cycle-rules.dmn}: a case per rule
 * row (and the first-match order between them), and a model or rule that does not parse refused at deployment with
 * its message.
 */
@LadderIntegrationTest
class CycleRulesDmnTest {

    @Autowired
    CycleWorkflow workflow;
    @Autowired
    RepositoryService repository;

    @ParameterizedTest(name = "level {0}, {1} people: row {2}")
    @CsvSource({
            // row 1: the top of the scope, whatever its size
            "1, 3, 1, MONTHLY, 7, 10", "1, 400, 1, MONTHLY, 7, 10",
            // row 2: the second level, whatever its size
            "2, 2, 2, EVERY_TWO_WEEKS, 5, 7", "2, 90, 2, EVERY_TWO_WEEKS, 5, 7",
            // row 3: small teams further down (8 people or fewer)
            "3, 8, 3, WEEKLY, 4, 5", "5, 0, 3, WEEKLY, 4, 5",
            // row 4: every other team
            "3, 9, 4, EVERY_TWO_WEEKS, 4, 7", "6, 40, 4, EVERY_TWO_WEEKS, 4, 7"})
    void eachRowOfTheTable(int level, int members, int row, Frequency frequency, int unitDays, int personalDays) {
        RuleApplied rule = workflow.rule(level, members);

        assertThat(rule.row()).isEqualTo(row);
        assertThat(rule.frequency()).isEqualTo(frequency);
        assertThat(rule.unitGoalsDays()).isEqualTo(unitDays);
        assertThat(rule.personalGoalsDays()).isEqualTo(personalDays);
        assertThat(rule.label()).isNotBlank();
    }

    @Test
    void theTableIsDeployedFromTheModelsFolderWithItsDiagram() throws Exception {
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(EngineCycleWorkflow.RULES_KEY)
                .latestVersion().singleResult()).isNotNull();
        String dmn = Files.readString(Path.of("bpmn/cycle-rules.dmn"), StandardCharsets.UTF_8);
        assertThat(dmn).contains("<dmndi:DMNShape").contains("dmnElementRef=\"cycle-rules\"");
    }

    @Test
    void aRuleThatDoesNotParseIsRefusedAtDeploymentWithItsMessage() throws Exception {
        String broken = Files.readString(Path.of("bpmn/cycle-rules.dmn"), StandardCharsets.UTF_8)
                .replace("id=\"cycle-rules\"", "id=\"cycle-rules-broken\"")
                .replace("<inputEntry id=\"UnaryTests_TopLevel\"><text>1</text>",
                        "<inputEntry id=\"UnaryTests_TopLevel\"><text>&gt;= &lt;= (</text>")
                .replace("hitPolicy=\"FIRST\"", "hitPolicy=\"SOMETIMES\"");

        assertThatThrownBy(() -> repository.createDeployment().name("broken cycle rules")
                .addString("broken-cycle-rules.dmn", broken).deploy())
                .hasMessageContaining("DMN");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("cycle-rules-broken").count())
                .as("nothing of it deployed").isZero();
    }

    @Test
    void aModelThatDoesNotParseIsRefusedAtDeploymentWithItsMessage() throws Exception {
        String broken = Files.readString(Path.of("bpmn/unit-cascade.bpmn"), StandardCharsets.UTF_8)
                .replace("id=\"unit-cascade\"", "id=\"unit-cascade-broken\"")
                .replace("targetRef=\"Gateway_UnitGoalsSet\" />", "targetRef=\"Gateway_Nowhere\" />");

        assertThatThrownBy(() -> repository.createDeployment().name("broken unit cascade")
                .addString("broken-unit-cascade.bpmn", broken).deploy())
                .hasMessageContaining("Gateway_Nowhere");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("unit-cascade-broken").count())
                .isZero();
    }
}
