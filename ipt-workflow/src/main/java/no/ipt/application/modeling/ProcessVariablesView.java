package no.ipt.application.modeling;

import java.util.Map;

/** The variables of one process instance of a case, as text. */
public record ProcessVariablesView(String processInstanceId, String processDefinitionId, Map<String, String> variables) {
}
