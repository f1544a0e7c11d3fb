package no.ipt.application.modeling;

/** A process or decision definition a deployment made (or, when nothing changed, the current one). */
public record DeployedDefinition(String kind, String key, String name, String id, int version, Integer previousVersion,
                                 String resourceName) {
}
