package no.ipt.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.Require;

/**
 * A member of a project's steering group: name, role in the group and position (title and
 * organisation), e.g. "ass. landbruksdirektør, Fylkesmannen i Vestland". Only what the work needs.
 */
@Embeddable
public class SteeringGroupMember implements Serializable {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_POSITION_LENGTH = 200;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private SteeringRole role;

    @Size(max = MAX_POSITION_LENGTH)
    @Column(name = "member_position", length = MAX_POSITION_LENGTH)
    private String position;

    protected SteeringGroupMember() {
        // for JPA
    }

    public SteeringGroupMember(String name, SteeringRole role, String position) {
        this.name = Require.text(name, "name", MAX_NAME_LENGTH);
        this.role = Require.present(role, "role");
        this.position = Require.optionalText(position, "position", MAX_POSITION_LENGTH);
    }

    public String name() {
        return name;
    }

    public SteeringRole role() {
        return role;
    }

    /** Title and organisation, or {@code null}. */
    public String position() {
        return position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SteeringGroupMember other && name.equals(other.name) && role == other.role
                && Objects.equals(position, other.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role, position);
    }

    @Override
    public String toString() {
        return name + " (" + role + ")";
    }
}
