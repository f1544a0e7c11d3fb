package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import no.ipt.workflow.forms.FormSchemas;
import org.junit.jupiter.api.Test;

class TaskPageTest {

    private static final String AGREEMENT = FormSchemas.schema("ipt:framework-agreement/register-agreement").orElseThrow();

    @Test
    void aRuleAboutAFieldOfTheFormIsShownAtThatField() {
        assertThat(TaskPage.hasField(AGREEMENT, "termEnd")).isTrue();
        assertThat(TaskPage.hasField(AGREEMENT, "suppliers.2.capacity")).isTrue();
    }

    @Test
    void aFieldWhoseNameCannotBeAKeyIsFoundByItsPropertiesField() {
        String qualification = "{\"components\": [{\"type\": \"group\", \"components\": [{\"key\": \"decision_0\","
                + " \"type\": \"radio\", \"properties\": {\"field\": \"decision.923609016\"}}]}]}";
        assertThat(TaskPage.hasField(qualification, "decision.923609016")).isTrue();
        assertThat(TaskPage.hasField(qualification, "decision.974760673")).isFalse();
    }

    @Test
    void aRuleAboutSomethingTheFormDoesNotShowIsShownForThePage() {
        assertThat(TaskPage.hasField(AGREEMENT, "procedure")).isFalse();
        assertThat(TaskPage.hasField(AGREEMENT, "agreementNumber")).isFalse();
        assertThat(TaskPage.hasField(null, "termEnd")).isFalse();
    }
}
