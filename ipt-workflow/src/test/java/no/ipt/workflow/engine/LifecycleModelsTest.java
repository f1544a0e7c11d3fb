package no.ipt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.ipt.workflow.forms.TaskForm;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every user task of every model the application deploys can be worked in IPT: it is offered to a
 * candidate group (or assigned), and its form key is one a {@link TaskForm} bean handles.
 */
class LifecycleModelsTest {

    /** The form keys of every TaskForm class in the application, read from each class's formKey(). */
    static Set<String> formKeys() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes = Path.of(TaskForm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> keys = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                    .replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, LifecycleModelsTest.class.getClassLoader());
            // an admin form's generic form is made per deployed form (AdminForms), no bean with a key of its own
            if (TaskForm.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                    && type != no.ipt.workflow.forms.AdminFormCompletion.class) {
                keys.add(formKeyOf(type));
            }
        }
        return keys;
    }

    /**
     * Some forms take their key through their constructor: build each form with the constructor CDI
     * uses (its repositories are not needed to tell the key), else with the one for proxies.
     */
    private static String formKeyOf(Class<?> type) throws ReflectiveOperationException {
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(jakarta.inject.Inject.class)) {
                Object[] nothing = new Object[constructor.getParameterCount()];
                return ((TaskForm) constructor.newInstance(nothing)).formKey();
            }
        }
        Constructor<?> forProxies = type.getDeclaredConstructor();
        forProxies.setAccessible(true);
        return ((TaskForm) forProxies.newInstance()).formKey();
    }

    @Test
    void everyUserTaskHasACandidateGroupAndAFormKeyAFormHandles() throws Exception {
        Set<String> formKeys = formKeys();
        assertThat(formKeys).contains("ipt:describe-need", "ipt:decision-point", "ipt:tender/score-offers");
        List<String> problems = new ArrayList<>();
        int userTasks = 0;
        for (String resource : LifecycleModels.RESOURCES) {
            if (!resource.endsWith(".bpmn")) {
                continue;
            }
            BpmnModelInstance model;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                model = Bpmn.readModelFromStream(in);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                userTasks++;
                String where = resource + "#" + task.getId();
                if ((task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank())
                        && task.getCamundaAssignee() == null) {
                    problems.add(where + ": no candidate group");
                }
                if (task.getCamundaFormKey() == null || !formKeys.contains(task.getCamundaFormKey())) {
                    problems.add(where + ": form key '" + task.getCamundaFormKey() + "' has no form");
                }
            }
        }
        assertThat(userTasks).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }
}
