package no.ipt.application.casefile;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing someone did on a case. {@code kind}: {@code TASK} (a completed user task; {@code what} is
 * its BPMN id, {@code detail} its name in the model), {@code VOTE} ({@code what} the choice, {@code detail}
 * the stage decided) or {@code AUDIT} ({@code what} the audited action, {@code detail} e.g. a file name).
 */
public record HistoryEntry(Instant at, String actor, String kind, String what, String detail) implements Serializable {
}
