package no.ipt.domain.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of IPT. Each role's {@link #group()} is the name the container's security and the BPMN
 * candidate groups use, so that "who may do a task" is one word in both places.
 */
public enum Role {
    PROCUREMENT_OFFICER("procurement-officer", true),
    EVALUATOR("evaluator", true),
    STEERING_GROUP_MEMBER("steering-group", true),
    PROJECT_LEAD("project-lead", true),
    /** Fylkesmannens/statsforvalterens prosjektleder for en pilot: sees the pilot's municipalities. */
    COUNTY_PILOT_LEAD("county-pilot-lead", false),
    ADMIN("admin", false),
    /** A provider (farm) user: sees its own farm's offers and agreements only. */
    FARM_USER("farm", false);

    private final String group;
    private final boolean municipalRole;

    Role(String group, boolean municipalRole) {
        this.group = group;
        this.municipalRole = municipalRole;
    }

    public String group() {
        return group;
    }

    /** Whether the role belongs to one municipality (tenant) and needs one. */
    public boolean isMunicipalRole() {
        return municipalRole;
    }

    public static Optional<Role> ofGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group.equals(group)).findFirst();
    }
}
