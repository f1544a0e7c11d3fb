package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.tender.AwardCriterion;
import no.ipt.domain.tender.Score;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;

/**
 * "Poengset tilboda": one evaluator's matrix of qualified offers × award criteria, as
 * {@code score.<organisation number>.<criterion>} = 0–10, and {@code evaluator}, their user id. The
 * tender must then be able to rank the offers, i.e. this evaluator has scored every cell.
 */
@ApplicationScoped
public class ScoreOffersForm extends TenderTaskForm {

    static final String SCORE = "score.";
    static final String EVALUATOR = "evaluator";

    @Inject
    public ScoreOffersForm(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public ScoreOffersForm(TenderRepository tenders, Clock clock) {
        super(tenders, clock);
    }

    protected ScoreOffersForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:tender/score-offers";
    }

    record Cell(String name, OrganisationNumber bidder, String criterion, int points) {
    }

    static List<Cell> read(FormValues values) {
        List<String> names = FormFields.names(values, n -> n.equals(EVALUATOR) || n.startsWith(SCORE));
        values.requiredString(EVALUATOR, Score.MAX_EVALUATOR_LENGTH);
        List<Cell> cells = names.stream().filter(n -> n.startsWith(SCORE)).map(name -> {
            String rest = FormFields.suffix(name, SCORE);
            int dot = rest.indexOf('.');
            if (dot < 1 || dot == rest.length() - 1 || rest.length() - dot - 1 > AwardCriterion.MAX_NAME_LENGTH) {
                throw new DomainRuleViolation("unknown-field", name,
                        "A score is named score.<organisation number>.<criterion>");
            }
            return new Cell(name, OrganisationNumber.of(rest.substring(0, dot)), rest.substring(dot + 1), values.requiredInt(name));
        }).toList();
        if (cells.isEmpty()) {
            throw new DomainRuleViolation("required", "scores", "Score the qualified offers on every criterion");
        }
        return cells;
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        read(values);
        return Map.of();
    }

    @Override
    protected void apply(Tender tender, FormValues values) {
        String evaluator = values.requiredString(EVALUATOR, Score.MAX_EVALUATOR_LENGTH);
        for (Cell cell : read(values)) {
            try {
                tender.score(evaluator, cell.bidder(), cell.criterion(), cell.points());
            } catch (DomainRuleViolation v) {
                // the tender names its own field (score, criterionName …); the form's user needs the cell
                throw EVALUATOR.equals(v.field()) ? v : new DomainRuleViolation(v.code(), cell.name(), v.getMessage());
            }
        }
        // the tender ranks only a complete evaluation: it names the first offer and criterion left unscored
        tender.ranking();
    }
}
