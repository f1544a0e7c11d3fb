package no.ipt.workflow.mobilisation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.procurement.CaseNumber;

/**
 * The repository contract kept in memory, for tests of forms that run without a database (ipt-workflow
 * has no JPA provider on its test class path); the aggregates are the real ones.
 */
public class InMemoryMarketDialogues implements MarketDialogueRepository {

    private final Map<CaseNumber, MarketDialogue> dialogues = new ConcurrentHashMap<>();

    @Override
    public Optional<MarketDialogue> find(CaseNumber caseNumber) {
        return Optional.ofNullable(dialogues.get(caseNumber));
    }

    @Override
    public List<MarketDialogue> findAll() {
        return dialogues.values().stream().sorted(Comparator.comparing(d -> d.caseNumber().value())).toList();
    }

    @Override
    public void store(MarketDialogue dialogue) {
        dialogues.put(dialogue.caseNumber(), dialogue);
    }
}
