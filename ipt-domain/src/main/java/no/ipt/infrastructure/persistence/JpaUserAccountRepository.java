package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.access.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository extends JpaRepositorySupport implements UserAccountRepository {

    JpaUserAccountRepository() {
        // for CDI
    }

    JpaUserAccountRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return findByKey(UserAccount.class, "username", username);
    }

    @Override
    public List<UserAccount> findAll() {
        return findAllOrderedBy(UserAccount.class, "username");
    }

    @Override
    public List<UserAccount> findEnabledWithRole(no.ipt.domain.access.Role role,
                                                 no.ipt.domain.shared.MunicipalityNumber municipality) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.municipalityNumber = :m"
                        + " ORDER BY u.username", UserAccount.class)
                .setParameter("m", municipality.value())
                .getResultStream().filter(u -> u.hasRole(role)).toList();
    }

    @Override
    public void store(UserAccount account) {
        save(account, account.id() == null);
    }
}
