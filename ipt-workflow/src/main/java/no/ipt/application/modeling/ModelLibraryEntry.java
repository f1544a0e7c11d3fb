package no.ipt.application.modeling;

import java.util.List;

/** A process or decision of the library with every version, newest first. */
public record ModelLibraryEntry(String kind, String key, String name, String tenantId, List<ModelVersionView> versions) {
}
