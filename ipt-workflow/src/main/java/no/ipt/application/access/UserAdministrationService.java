package no.ipt.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.access.PasswordHasher;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.access.UserAccountRepository;
import no.ipt.domain.municipality.MunicipalityRepository;
import no.ipt.domain.pilot.PilotRepository;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/**
 * Admins manage user accounts: list, create, change roles and affiliation, disable and enable, reset
 * passwords. A platform admin manages every account; a municipality's admin only the accounts of its
 * municipality, and may give only municipal roles and admin there (a county pilot lead or a farm user
 * would see beyond the municipality). Every change is audited in its transaction, without passwords.
 */
@ApplicationScoped
@Transactional
public class UserAdministrationService {

    static final String SUBJECT = "user";

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    PilotRepository pilots;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    public List<UserView> list(Caller caller) {
        caller.requireAnyRole(Role.ADMIN);
        return accounts.findAll().stream().filter(a -> manages(caller, a)).map(UserView::of).toList();
    }

    public UserView find(Caller caller, String username) {
        return UserView.of(load(caller, username));
    }

    public UserView create(Caller caller, NewUser user) {
        caller.requireAnyRole(Role.ADMIN);
        if (user.username() != null && accounts.find(user.username()).isPresent()) {
            throw new DomainRuleViolation("username-taken", "username", "The username '" + user.username()
                    + "' is taken");
        }
        Affiliation affiliation = affiliation(caller, user.roles(), user.municipalityNumber(), user.pilotName(),
                user.farmOrganisationNumber());
        UserAccount account = UserAccount.register(user.username(), user.displayName(),
                user.password() == null ? null : user.password().toCharArray(), hasher, affiliation.roles(),
                affiliation.municipality(), affiliation.pilot(), affiliation.farm(), clock.instant());
        accounts.store(account);
        UserView created = UserView.of(account);
        audit.record(caller, "USER_CREATED", SUBJECT, created.username(), created.municipalityNumber(), null,
                created.auditState());
        return created;
    }

    public UserView change(Caller caller, String username, UserChange change) {
        UserAccount account = load(caller, username);
        account.requireVersion(change.version());
        UserView before = UserView.of(account);
        Affiliation affiliation = affiliation(caller, change.roles(), change.municipalityNumber(), change.pilotName(),
                change.farmOrganisationNumber());
        if (caller.username().equals(username) && !affiliation.roles().contains(Role.ADMIN)) {
            throw new DomainRuleViolation("cannot-remove-own-admin", "roles",
                    "You cannot take the admin role from yourself; ask another admin");
        }
        account.rename(change.displayName());
        account.assign(affiliation.roles(), affiliation.municipality(), affiliation.pilot(), affiliation.farm());
        return stored(caller, account, "USER_CHANGED", before);
    }

    public UserView disable(Caller caller, String username, long version) {
        UserAccount account = load(caller, username);
        if (caller.username().equals(username)) {
            throw new DomainRuleViolation("cannot-disable-yourself", null, "You cannot disable your own account");
        }
        account.requireVersion(version);
        UserView before = UserView.of(account);
        account.disable();
        return stored(caller, account, "USER_DISABLED", before);
    }

    public UserView enable(Caller caller, String username, long version) {
        UserAccount account = load(caller, username);
        account.requireVersion(version);
        UserView before = UserView.of(account);
        account.enable();
        return stored(caller, account, "USER_ENABLED", before);
    }

    /** Sets a new password; the audit trail records that it happened, never the password or its hash. */
    public UserView resetPassword(Caller caller, String username, long version, String newPassword) {
        UserAccount account = load(caller, username);
        account.requireVersion(version);
        account.resetPassword(newPassword == null ? null : newPassword.toCharArray(), hasher);
        accounts.store(account);
        UserView after = UserView.of(account);
        audit.record(caller, "USER_PASSWORD_RESET", SUBJECT, username, after.municipalityNumber(),
                Map.of("version", version), Map.of("version", after.version(), "password", "reset"));
        return after;
    }

    private UserView stored(Caller caller, UserAccount account, String action, UserView before) {
        accounts.store(account);
        UserView after = UserView.of(account);
        audit.record(caller, action, SUBJECT, after.username(),
                after.municipalityNumber() != null ? after.municipalityNumber() : before.municipalityNumber(),
                before.auditState(), after.auditState());
        return after;
    }

    private UserAccount load(Caller caller, String username) {
        caller.requireAnyRole(Role.ADMIN);
        return accounts.find(username).filter(a -> manages(caller, a))
                .orElseThrow(() -> new UserNotFoundException(username));
    }

    /** A platform admin manages every account, a municipality's admin those of its municipality. */
    private static boolean manages(Caller caller, UserAccount account) {
        return caller.scope().isAll() || account.municipality().map(caller::sees).orElse(false);
    }

    private record Affiliation(Set<Role> roles, MunicipalityNumber municipality, String pilot, OrganisationNumber farm) {
    }

    /** Parses and checks roles and affiliation against what exists and what the caller may give. */
    private Affiliation affiliation(Caller caller, Set<String> groups, String municipalityNumber, String pilotName,
                                    String farmOrganisationNumber) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups == null ? Set.<String>of() : groups) {
            roles.add(Role.ofGroup(group).orElseThrow(() -> new DomainRuleViolation("unknown-role", "roles",
                    "Unknown role '" + group + "'; roles are " + EnumSet.allOf(Role.class).stream().map(Role::group).toList())));
        }
        MunicipalityNumber municipality = blank(municipalityNumber) ? null : MunicipalityNumber.of(municipalityNumber);
        if (municipality != null && municipalities.find(municipality).isEmpty()) {
            throw new DomainRuleViolation("unknown-municipality", "municipalityNumber",
                    "No municipality " + municipality.value() + " in IPT");
        }
        if (!blank(pilotName) && pilots.findByName(pilotName.strip()).isEmpty()) {
            throw new DomainRuleViolation("unknown-pilot", "pilotName", "No pilot named '" + pilotName + "'");
        }
        OrganisationNumber farm = blank(farmOrganisationNumber) ? null : OrganisationNumber.of(farmOrganisationNumber);
        if (!caller.scope().isAll()) {
            if (municipality == null || !caller.sees(municipality)) {
                throw new AccessDeniedException("You can manage users of your own municipality only");
            }
            if (roles.contains(Role.COUNTY_PILOT_LEAD) || roles.contains(Role.FARM_USER)) {
                throw new AccessDeniedException("Only a platform admin gives the roles county-pilot-lead and farm");
            }
        }
        return new Affiliation(roles, municipality, pilotName, farm);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
