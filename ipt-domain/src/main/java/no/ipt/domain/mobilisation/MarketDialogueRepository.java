package no.ipt.domain.mobilisation;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;

/** Stores and finds market dialogues. The JPA implementation lives in the infrastructure package. */
public interface MarketDialogueRepository {

    Optional<MarketDialogue> find(CaseNumber caseNumber);

    /** All dialogues, by case number. */
    List<MarketDialogue> findAll();

    void store(MarketDialogue dialogue);
}
