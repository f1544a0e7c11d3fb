package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;

@ApplicationScoped
public class JpaFollowUpRepository extends JpaRepositorySupport implements FollowUpRepository {

    protected JpaFollowUpRepository() {
        // for CDI
    }

    JpaFollowUpRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<FollowUp> find(AgreementNumber agreementNumber) {
        return findByKey(FollowUp.class, "agreementNumber", agreementNumber);
    }

    @Override
    public List<FollowUp> findAll() {
        return findAllOrderedBy(FollowUp.class, "agreementNumber.value");
    }

    @Override
    public void store(FollowUp followUp) {
        if (followUp.id() != null) {
            // Meetings, deviations and actions are rows of their own: a change to one of them
            // would leave the root's version alone, so bump it to guard the whole aggregate.
            em.lock(followUp, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        save(followUp, followUp.id() == null);
    }
}
