package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.procurement.CaseNumber;

@ApplicationScoped
public class JpaMarketDialogueRepository extends JpaRepositorySupport implements MarketDialogueRepository {

    protected JpaMarketDialogueRepository() {
        // for CDI
    }

    JpaMarketDialogueRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<MarketDialogue> find(CaseNumber caseNumber) {
        return findByKey(MarketDialogue.class, "caseNumber", caseNumber);
    }

    @Override
    public List<MarketDialogue> findAll() {
        return findAllOrderedBy(MarketDialogue.class, "caseNumber.value");
    }

    @Override
    public void store(MarketDialogue dialogue) {
        save(dialogue, dialogue.id() == null);
    }
}
