package no.ipt.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.ipt.domain.access.TenantScope;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.access.UserAccountRepository;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotRepository;
import no.ipt.domain.shared.MunicipalityNumber;

/** Builds the {@link Caller} for a logged-in username from the user's account. */
@ApplicationScoped
public class CallerDirectory {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PilotRepository pilots;

    /** The caller for {@code username}; a missing or disabled account may do nothing. */
    public Caller forUser(String username) {
        UserAccount account = accounts.find(username).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("The account '" + username + "' is unknown or disabled"));
        List<MunicipalityNumber> pilotMunicipalities = account.pilotName()
                .flatMap(pilots::findByName).map(Pilot::municipalities).orElse(List.of());
        return new Caller(account.username(), account.roles(), TenantScope.of(account, pilotMunicipalities));
    }
}
