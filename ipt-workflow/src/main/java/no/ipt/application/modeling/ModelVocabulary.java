package no.ipt.application.modeling;

import java.util.Set;

/**
 * What a model may refer to: the form keys the application resolves to a form, the names of its CDI
 * beans, and the process variables it knows besides those a model declares itself (the engine's
 * built-ins, the start variables, the variables IPT's forms and models already set).
 */
public record ModelVocabulary(Set<String> formKeys, Set<String> beanNames, Set<String> variables) {

    /** Names every expression may use: the engine's own (execution, task, dateTime() ...) and JUEL's words. */
    public static final Set<String> BUILT_INS = Set.of("execution", "task", "dateTime", "now", "authenticatedUserId",
            "decisionResult", "variableScope", "connector", "true", "false", "null", "empty", "not");

    public ModelVocabulary {
        formKeys = Set.copyOf(formKeys);
        beanNames = Set.copyOf(beanNames);
        variables = Set.copyOf(variables);
    }

    /** This vocabulary and the admin forms with these ids ({@code ipt-form:<id>}). */
    public ModelVocabulary withAdminForms(Set<String> formIds) {
        Set<String> keys = new java.util.HashSet<>(formKeys);
        formIds.forEach(id -> keys.add(no.ipt.workflow.forms.AdminForms.PREFIX + id));
        return new ModelVocabulary(keys, beanNames, variables);
    }

    public boolean knowsName(String name) {
        return BUILT_INS.contains(name) || beanNames.contains(name) || variables.contains(name);
    }
}
