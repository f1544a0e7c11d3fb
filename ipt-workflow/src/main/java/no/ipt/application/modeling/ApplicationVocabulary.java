package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.engine.MunicipalityTenantIdProvider;
import no.ipt.workflow.forms.TaskForm;

/**
 * The application's {@link ModelVocabulary}: the form keys of its {@link TaskForm} beans, the names of
 * its named CDI beans, and the variables its own lifecycle models use (which its forms set), with the
 * start variables of a case. Built once; beans and forms do not change while the application runs.
 */
@ApplicationScoped
public class ApplicationVocabulary {

    /** The variables every case starts with ({@code CaseApplicationService.open}). */
    static final Set<String> START_VARIABLES = Set.of("caseNumber", MunicipalityTenantIdProvider.MUNICIPALITY_VARIABLE);

    @Inject
    BeanManager beans;

    @Inject
    @Any
    Instance<TaskForm> forms;

    private volatile ModelVocabulary vocabulary;

    /** A vocabulary given outright (tests that run the checks without a CDI container). */
    static ApplicationVocabulary of(ModelVocabulary given) {
        ApplicationVocabulary fixed = new ApplicationVocabulary();
        fixed.vocabulary = given;
        return fixed;
    }

    public ModelVocabulary get() {
        ModelVocabulary current = vocabulary;
        if (current == null) {
            current = build();
            vocabulary = current;
        }
        return current;
    }

    private ModelVocabulary build() {
        Set<String> formKeys = forms.stream().map(TaskForm::formKey).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> beanNames = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getName)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> variables = new HashSet<>(START_VARIABLES);
        ClassLoader loader = ApplicationVocabulary.class.getClassLoader();
        for (String resource : LifecycleModels.RESOURCES) {
            if (!ModelChecks.isBpmn(resource)) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    variables.addAll(ModelChecks.expressionRoots(in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ModelVocabulary(formKeys, beanNames, variables);
    }
}
