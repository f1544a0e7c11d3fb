package no.ipt.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import no.ipt.domain.access.PasswordHasher;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.access.UserAccountRepository;
import no.ipt.domain.demo.SeedCatalogue;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/**
 * One demo user per role (README "Demo users"), all with the password {@value #DEMO_PASSWORD}. The
 * run command warns while any of them still has it.
 */
@ApplicationScoped
public class DemoUsers {

    public static final String DEMO_PASSWORD = "ipt-demo";

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());
    private static final MunicipalityNumber STEINKJER = SeedCatalogue.STEINKJER;
    private static final MunicipalityNumber KONGSBERG = MunicipalityNumber.of("3303");
    /** Vang gård, Steinkjer (synthetic organisation number from the seed catalogue). */
    private static final OrganisationNumber VANG = OrganisationNumber.of("910000063");

    record DemoUser(String username, String displayName, Set<Role> roles, MunicipalityNumber municipality,
                    String pilot, OrganisationNumber farm) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("innkjoper", "Ingrid Innkjøper (Steinkjer)", EnumSet.of(Role.PROCUREMENT_OFFICER), STEINKJER, null, null),
            new DemoUser("evaluator", "Eivind Evaluator (Steinkjer)", EnumSet.of(Role.EVALUATOR), STEINKJER, null, null),
            new DemoUser("styre1", "Siri Styremedlem (Steinkjer)", EnumSet.of(Role.STEERING_GROUP_MEMBER), STEINKJER, null, null),
            new DemoUser("styre2", "Sverre Styremedlem (Steinkjer)", EnumSet.of(Role.STEERING_GROUP_MEMBER), STEINKJER, null, null),
            new DemoUser("styre3", "Solveig Styremedlem (Steinkjer)", EnumSet.of(Role.STEERING_GROUP_MEMBER), STEINKJER, null, null),
            new DemoUser("prosjektleder", "Per Prosjektleder (Steinkjer)", EnumSet.of(Role.PROJECT_LEAD), STEINKJER, null, null),
            new DemoUser("innkjoper.kongsberg", "Kari Innkjøper (Kongsberg)", EnumSet.of(Role.PROCUREMENT_OFFICER), KONGSBERG, null, null),
            new DemoUser("fylke.vestland", "Ragna Prosjektleder (Statsforvalteren i Vestland)", EnumSet.of(Role.COUNTY_PILOT_LEAD), null,
                    SeedCatalogue.VESTLAND_PILOT, null),
            new DemoUser("admin", "Anne Administrator", EnumSet.of(Role.ADMIN), null, null, null),
            new DemoUser("gard.vang", "Vang gård", EnumSet.of(Role.FARM_USER), null, null, VANG));

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    no.ipt.application.access.CallerDirectory directory;

    private final Clock clock = Clock.systemUTC();

    /** Stores the demo users that do not exist yet; must run inside the caller's transaction. */
    int load() {
        int created = 0;
        for (DemoUser u : USERS) {
            if (accounts.find(u.username()).isEmpty()) {
                accounts.store(new UserAccount(u.username(), u.displayName(), hasher.hash(DEMO_PASSWORD.toCharArray()),
                        u.roles(), u.municipality(), u.pilot(), u.farm(), clock.instant()));
                created++;
            }
        }
        return created;
    }

    /** A demo user as a caller, for the demo data's own steps (its decision votes). */
    no.ipt.application.access.Caller caller(String username) {
        return directory.forUser(username);
    }

    /** Logs a warning naming every demo user whose password is still the documented one. */
    public void warnIfDemoPasswordsInUse() {
        List<String> exposed = USERS.stream().map(DemoUser::username)
                .filter(name -> accounts.find(name).filter(UserAccount::isEnabled)
                        .map(a -> hasher.verify(DEMO_PASSWORD.toCharArray(), a.passwordHash())).orElse(false))
                .toList();
        if (!exposed.isEmpty()) {
            LOG.warning("DEMO PASSWORDS IN USE: the users " + exposed + " have the documented password '"
                    + DEMO_PASSWORD + "'. Change or disable them before real data goes into this installation.");
        }
    }
}
