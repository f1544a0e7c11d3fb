package no.ipt.domain.access;

import java.util.List;
import java.util.Optional;

/** Stores and finds user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> find(String username);

    List<UserAccount> findAll();

    /** The enabled users of a municipality who hold the role, by username. */
    List<UserAccount> findEnabledWithRole(Role role, no.ipt.domain.shared.MunicipalityNumber municipality);

    void store(UserAccount account);
}
