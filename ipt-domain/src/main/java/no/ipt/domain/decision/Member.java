package no.ipt.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.Require;

/** A steering-group member entitled to vote: the user id they sign in with and the name shown. */
@Embeddable
public class Member implements Serializable {

    public static final int MAX_USER_ID_LENGTH = 100;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    @NotBlank
    @Size(max = MAX_USER_ID_LENGTH)
    @Column(name = "user_id", nullable = false, length = MAX_USER_ID_LENGTH)
    private String userId;

    @NotBlank
    @Size(max = MAX_DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
    private String displayName;

    protected Member() {
        // for JPA
    }

    public Member(String userId, String displayName) {
        this.userId = Require.text(userId, "userId", MAX_USER_ID_LENGTH);
        this.displayName = Require.text(displayName, "displayName", MAX_DISPLAY_NAME_LENGTH);
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && userId.equals(other.userId) && displayName.equals(other.displayName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, displayName);
    }

    @Override
    public String toString() {
        return displayName + " (" + userId + ")";
    }
}
