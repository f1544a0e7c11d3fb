package no.ipt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ipt.domain.access.PasswordHasher;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.access.UserAccountRepository;

/**
 * Validates a username and password against IPT's user accounts (PBKDF2 hashes) and gives the
 * container the user's roles as groups. A disabled or unknown account fails like a wrong password,
 * so that a failure does not tell which usernames exist.
 */
@ApplicationScoped
public class IptIdentityStore implements IdentityStore {

    /** Verified against when the user does not exist, so an unknown name costs as long as a wrong password. */
    private volatile String decoyHash;

    private final VerifiedCredentials verified = new VerifiedCredentials(java.time.Clock.systemUTC());

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<UserAccount> account = accounts.find(credential.getCaller()).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            hasher.verify(credential.getPassword().getValue(), decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        String username = account.get().username();
        char[] password = credential.getPassword().getValue();
        String hash = account.get().passwordHash();
        if (!verified.isKnown(username, password, hash)) {
            if (!hasher.verify(password, hash)) {
                verified.forget(username);
                return CredentialValidationResult.INVALID_RESULT;
            }
            verified.remember(username, password, hash);
        }
        return new CredentialValidationResult(account.get().username(),
                account.get().roles().stream().map(Role::group).collect(Collectors.toSet()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-never-valid".toCharArray());
        }
        return decoyHash;
    }
}
