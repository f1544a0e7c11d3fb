package no.ipt.application.casefile;

import java.io.Serializable;
import java.util.List;

/**
 * A farm involved in a case and how: {@code steps} in the order of the lifecycle, among
 * {@code INVITED}, {@code INTERESTED}, {@code OFFERED}, {@code QUALIFIED}, {@code WITHDRAWN},
 * {@code AWARDED}, {@code SUPPLIER}; {@code approval} the municipality's decision on the farm, if any.
 */
public record FarmInvolvement(String organisationNumber, String name, List<String> steps, String approval) implements Serializable {
}
