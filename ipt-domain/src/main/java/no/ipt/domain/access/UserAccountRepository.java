package no.ipt.domain.access;

import java.util.List;
import java.util.Optional;

/** Stores and finds user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> find(String username);

    List<UserAccount> findAll();

    void store(UserAccount account);
}
