package no.ipt.application.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.TenantScope;
import no.ipt.domain.shared.MunicipalityNumber;

/**
 * The person (or the system itself) on whose behalf an application service runs: username, roles and
 * the municipalities whose data they may see. Passed explicitly so that every use case says whom it
 * serves and tests can state it.
 */
public record Caller(String username, Set<Role> roles, TenantScope scope) {

    public static final String SYSTEM = "system";

    public Caller {
        Objects.requireNonNull(username);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(scope);
    }

    /** IPT itself, e.g. loading demo data at start-up: every role, every municipality. */
    public static Caller system() {
        return new Caller(SYSTEM, EnumSet.allOf(Role.class), TenantScope.all());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** The caller's roles as group names, the words BPMN candidate groups use. */
    public Set<String> groups() {
        return roles.stream().map(Role::group).collect(Collectors.toUnmodifiableSet());
    }

    public void requireAnyRole(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(roles::contains)) {
            throw new AccessDeniedException("This needs one of the roles " + Arrays.toString(allowed));
        }
    }

    public boolean sees(MunicipalityNumber municipality) {
        return scope.includes(municipality);
    }

    /** Whether the caller may work on a task offered to {@code candidateGroups} and assigned to {@code assignee}. */
    public boolean mayWorkOn(Collection<String> candidateGroups, String assignee) {
        if (assignee != null) {
            return assignee.equals(username) || isAdmin();
        }
        return isAdmin() || candidateGroups.stream().anyMatch(groups()::contains);
    }
}
