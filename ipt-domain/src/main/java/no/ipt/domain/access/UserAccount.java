package no.ipt.domain.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * A person who logs in to IPT. Holds a password hash made by the platform's PBKDF2 hasher (never
 * the password), the roles, and what the roles need to know whose data the person may see: the
 * municipality for municipal roles, the pilot for a county pilot lead, the farm for a farm user.
 * An admin without a municipality administers the whole platform.
 */
@Entity
@Table(name = "user_account", schema = "ipt")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", schema = "ipt", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role_group", nullable = false, length = 40)
    @Convert(converter = RoleGroupConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "municipality_number", length = 4)
    private String municipalityNumber;

    @Column(name = "pilot_name", length = 200)
    private String pilotName;

    @Column(name = "farm_organisation_number", length = 9)
    private String farmOrganisationNumber;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles,
                       MunicipalityNumber municipality, String pilotName, OrganisationNumber farm, Instant createdAt) {
        this.username = Username.require(username);
        this.displayName = Require.text(displayName, "displayName", 200);
        this.passwordHash = Require.text(passwordHash, "password", 512);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
        assign(roles, municipality, pilotName, farm);
    }

    /**
     * A new account an admin registers: the password must meet the {@link PasswordPolicy} and is
     * stored only as the hasher's hash.
     */
    public static UserAccount register(String username, String displayName, char[] password, PasswordHasher hasher,
                                       Set<Role> roles, MunicipalityNumber municipality, String pilotName,
                                       OrganisationNumber farm, Instant createdAt) {
        String checkedName = Username.require(username);
        PasswordPolicy.check(checkedName, password);
        return new UserAccount(checkedName, displayName, hasher.hash(password), roles, municipality, pilotName, farm,
                createdAt);
    }

    /**
     * Sets roles and affiliation together, because which affiliation is needed depends on the roles:
     * municipal roles need a municipality, a county pilot lead a pilot, a farm user a farm.
     */
    public void assign(Set<Role> newRoles, MunicipalityNumber municipality, String pilot, OrganisationNumber farm) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainRuleViolation("missing-roles", "roles", "A user needs at least one role");
        }
        boolean municipal = newRoles.stream().anyMatch(Role::isMunicipalRole);
        if (municipal && municipality == null) {
            throw new DomainRuleViolation("missing-municipality", "municipalityNumber",
                    "Roles " + newRoles + " belong to a municipality: choose one");
        }
        String pilotName = Require.optionalText(pilot, "pilotName", 200);
        if (newRoles.contains(Role.COUNTY_PILOT_LEAD) && pilotName == null) {
            throw new DomainRuleViolation("missing-pilot", "pilotName", "A county pilot lead leads a pilot: choose it");
        }
        if (newRoles.contains(Role.FARM_USER) && farm == null) {
            throw new DomainRuleViolation("missing-farm", "farmOrganisationNumber", "A farm user belongs to a farm: choose it");
        }
        if (newRoles.contains(Role.FARM_USER) && newRoles.size() > 1) {
            throw new DomainRuleViolation("farm-user-only", "roles",
                    "A farm user cannot also hold municipal roles: a provider must not see the buyer's evaluation");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.municipalityNumber = municipality == null ? null : municipality.value();
        this.pilotName = newRoles.contains(Role.COUNTY_PILOT_LEAD) ? pilotName : null;
        this.farmOrganisationNumber = newRoles.contains(Role.FARM_USER) ? farm.value() : null;
    }

    public void rename(String newDisplayName) {
        this.displayName = Require.text(newDisplayName, "displayName", 200);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Require.text(newHash, "password", 512);
    }

    /** An admin sets a new password; it must meet the {@link PasswordPolicy}. */
    public void resetPassword(char[] newPassword, PasswordHasher hasher) {
        PasswordPolicy.check(username, newPassword);
        changePasswordHash(hasher.hash(newPassword));
    }

    /** Refuses an edit made on another version than the stored one (optimistic locking of user edits). */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleUserAccountException(username, expectedVersion, version);
        }
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** A platform admin: admin without a municipality, sees every tenant. */
    public boolean isPlatformAdmin() {
        return roles.contains(Role.ADMIN) && municipalityNumber == null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public Optional<MunicipalityNumber> municipality() {
        return Optional.ofNullable(municipalityNumber).map(MunicipalityNumber::of);
    }

    public Optional<String> pilotName() {
        return Optional.ofNullable(pilotName);
    }

    public Optional<OrganisationNumber> farm() {
        return Optional.ofNullable(farmOrganisationNumber).map(OrganisationNumber::of);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
