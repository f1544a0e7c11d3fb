package no.ipt.application.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import no.ipt.workflow.engine.LifecycleModels;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;

/** IPT's checks of a model before deployment, on small models and on the application's own. */
class ModelChecksTest {

    static final ModelVocabulary VOCABULARY = new ModelVocabulary(Set.of("ipt:describe-need"),
            Set.of("needsAssessmentSettings"), Set.of("caseNumber"));

    static byte[] model(String name) {
        try (InputStream in = ModelChecksTest.class.getResourceAsStream("/modeling/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aValidModelHasNoProblems() {
        assertThat(ModelChecks.check("valid.bpmn", model("valid.bpmn"), VOCABULARY)).isEmpty();
        assertThat(ModelChecks.check("valid.dmn", model("valid.dmn"), VOCABULARY)).isEmpty();
    }

    @Test
    void everyProblemNamesTheElementItConcerns() {
        List<ModelProblem> problems = ModelChecks.check("invalid.bpmn", model("invalid.bpmn"), VOCABULARY);
        assertThat(problems).extracting(ModelProblem::elementId, ModelProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("DescribeNeed", "no-candidate-group"),
                org.assertj.core.groups.Tuple.tuple("DescribeNeed", "unknown-form-key"),
                org.assertj.core.groups.Tuple.tuple("OverdueTimer", "unknown-name"));
        assertThat(problems).filteredOn(p -> p.code().equals("unknown-name")).singleElement()
                .extracting(ModelProblem::message).asString().contains("needsAsessmentSetings");
    }

    @Test
    void aUserTaskWithoutFormKeyIsRefused() {
        String xml = new String(model("valid.bpmn"), StandardCharsets.UTF_8).replace(" camunda:formKey=\"ipt:describe-need\"", "");
        assertThat(ModelChecks.check("x.bpmn", xml.getBytes(StandardCharsets.UTF_8), VOCABULARY))
                .extracting(ModelProblem::elementId, ModelProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DescribeNeed", "no-form-key"));
    }

    @Test
    void brokenXmlAndABrokenDecisionTableAreRefusedWithTheParsersMessage() {
        byte[] broken = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\"><bpmn:process id=\"p\">"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ModelChecks.check("broken.bpmn", broken, VOCABULARY)).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("invalid-bpmn"))
                .satisfies(p -> assertThat(p.message()).containsIgnoringCase("line"));
        assertThat(ModelChecks.check("invalid.dmn", model("invalid.dmn"), VOCABULARY)).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("invalid-dmn"))
                .satisfies(p -> assertThat(p.message()).contains("SOMETIMES"));
        assertThat(ModelChecks.check("x.dmn", "<definitions/>".getBytes(StandardCharsets.UTF_8), VOCABULARY))
                .extracting(ModelProblem::code).containsExactly("invalid-dmn");
    }

    @Test
    void theApplicationsOwnModelsUseOnlyTheirOwnVocabularyAndRealBeans() throws IOException {
        for (String resource : LifecycleModels.RESOURCES) {
            if (!ModelChecks.isBpmn(resource)) {
                continue;
            }
            byte[] xml;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                xml = in.readAllBytes();
            }
            Set<String> roots = ModelChecks.expressionRoots(xml);
            ModelVocabulary own = new ModelVocabulary(Set.of(), Set.of(), roots);
            assertThat(ModelChecks.check(resource, xml, own)).as(resource)
                    .allMatch(p -> p.code().equals("unknown-form-key"));
        }
    }

    @Test
    void theDeployerRefusesANewDeploymentButNotACacheReloadNorTheApplicationsOwn() {
        ModelCheckDeployer deployer = new ModelCheckDeployer();
        deployer.vocabulary = ApplicationVocabulary.of(VOCABULARY);

        DeploymentEntity fromModeler = deployment("invalid.bpmn", true, "Camunda Modeler");
        assertThatThrownBy(() -> deployer.deploy(fromModeler)).isInstanceOfSatisfying(ModelRejectedException.class, e -> {
            assertThat(e.problems()).hasSize(3);
            assertThat(e.getResorceReports()).singleElement().satisfies(r -> {
                assertThat(r.getResourceName()).isEqualTo("invalid.bpmn");
                assertThat(r.getErrors()).extracting(org.camunda.bpm.engine.Problem::getMainElementId)
                        .contains("DescribeNeed", "OverdueTimer");
            });
        });
        deployer.deploy(deployment("invalid.bpmn", false, "Camunda Modeler"));
        deployer.deploy(deployment("invalid.bpmn", true, LifecycleModels.DEPLOYMENT_SOURCE));
        deployer.deploy(deployment("valid.bpmn", true, "Camunda Modeler"));
    }

    @Test
    void theDiffNamesAddedRemovedAndChangedElements() {
        byte[] before = model("valid.bpmn");
        byte[] after = new String(before, StandardCharsets.UTF_8)
                .replace("name=\"Beskriv behovet\"", "name=\"Beskriv behovet grundig\"")
                .replace("<bpmn:endEvent id=\"Escalated\">", "<bpmn:endEvent id=\"EscalatedToLead\">")
                .replace("targetRef=\"Escalated\"", "targetRef=\"EscalatedToLead\"")
                .getBytes(StandardCharsets.UTF_8);
        ModelDiff.Summary diff = ModelDiff.between(1, before, 2, after);
        assertThat(diff.added()).extracting(ModelDiff.ElementChange::id).containsExactly("EscalatedToLead");
        assertThat(diff.removed()).extracting(ModelDiff.ElementChange::id).containsExactly("Escalated");
        assertThat(diff.changed()).extracting(ModelDiff.ElementChange::id).containsExactlyInAnyOrder("DescribeNeed", "Flow_3");
        assertThat(diff.changed()).filteredOn(c -> c.id().equals("DescribeNeed")).singleElement()
                .satisfies(c -> assertThat(c.nameBefore()).isEqualTo("Beskriv behovet"))
                .satisfies(c -> assertThat(c.nameAfter()).isEqualTo("Beskriv behovet grundig"));
        assertThat(ModelDiff.between(null, null, 1, before).added()).extracting(ModelDiff.ElementChange::id)
                .contains("ipt-modeling-valid", "DescribeNeed", "Flow_5");
    }

    private static DeploymentEntity deployment(String resource, boolean isNew, String source) {
        DeploymentEntity deployment = new DeploymentEntity();
        deployment.setNew(isNew);
        deployment.setSource(source);
        ResourceEntity entity = new ResourceEntity();
        entity.setName(resource);
        entity.setBytes(model(resource));
        deployment.addResource(entity);
        return deployment;
    }

    @Test
    void anAdminFormMustBeAUsableSchema() {
        assertThat(ModelChecks.check("farm-visit.form", model("farm-visit.form"), VOCABULARY)).isEmpty();
        assertThat(ModelChecks.formIdOf(model("farm-visit.form"))).isEqualTo("farm-visit");
        assertThat(ModelChecks.check("x.form", "{\"components\":[{\"type\":\"textfield\",\"id\":\"F1\"}]}"
                .getBytes(StandardCharsets.UTF_8), VOCABULARY)).extracting(ModelProblem::elementId, ModelProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "form-no-id"),
                        org.assertj.core.groups.Tuple.tuple("F1", "field-no-key"));
        assertThat(ModelChecks.formIdOf("[]".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void aUserTaskMayUseADeployedAdminFormOnly() {
        byte[] xml = new String(model("valid.bpmn"), StandardCharsets.UTF_8)
                .replace("ipt:describe-need", "ipt-form:farm-visit").getBytes(StandardCharsets.UTF_8);
        assertThat(ModelChecks.check("x.bpmn", xml, VOCABULARY)).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("unknown-admin-form"))
                .satisfies(p -> assertThat(p.elementId()).isEqualTo("DescribeNeed"))
                .satisfies(p -> assertThat(p.message()).contains("no form with the id 'farm-visit' is deployed"));
        assertThat(ModelChecks.check("x.bpmn", xml, VOCABULARY.withAdminForms(Set.of("farm-visit")))).isEmpty();
        assertThat(ModelChecks.check("x.bpmn", xml, VOCABULARY.withAdminForms(Set.of("other")))).extracting(ModelProblem::code)
                .containsExactly("unknown-admin-form");

        // through Camunda's REST API: the model with its form in one deployment passes, the model alone does not
        ModelCheckDeployer deployer = new ModelCheckDeployer();
        deployer.vocabulary = ApplicationVocabulary.of(VOCABULARY);
        DeploymentEntity alone = new DeploymentEntity();
        alone.setNew(true);
        alone.setSource("Camunda Modeler");
        ResourceEntity bpmn = new ResourceEntity();
        bpmn.setName("visit.bpmn");
        bpmn.setBytes(xml);
        alone.addResource(bpmn);
        assertThatThrownBy(() -> deployer.deploy(alone)).isInstanceOf(ModelRejectedException.class);
        DeploymentEntity withForm = deployment("farm-visit.form", true, "Camunda Modeler");
        withForm.addResource(bpmn);
        deployer.deploy(withForm);
    }
}
