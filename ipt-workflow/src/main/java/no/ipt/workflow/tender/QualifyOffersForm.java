package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.tender.Offer;
import no.ipt.domain.tender.Qualification;
import no.ipt.domain.tender.Score;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;

/**
 * "Kvalifiser tilboda": for every offer {@code decision.<organisation number>} QUALIFIED or REJECTED
 * (with {@code reason.<organisation number>} for a rejection), and {@code evaluators}, the user ids
 * of those who will score the qualified offers, separated by commas or line breaks. Sets {@code evaluators} and
 * {@code qualifiedOffers} for the model.
 */
@ApplicationScoped
public class QualifyOffersForm extends TenderTaskForm {

    static final String DECISION = "decision.";
    static final String REASON = "reason.";
    static final String EVALUATORS = "evaluators";
    static final int MAX_EVALUATORS_LENGTH = 2000;

    @Inject
    public QualifyOffersForm(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public QualifyOffersForm(TenderRepository tenders, Clock clock) {
        super(tenders, clock);
    }

    protected QualifyOffersForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:tender/qualify-offers";
    }

    /** The decision per bidder, in the order submitted. */
    record Decisions(Map<String, Qualification> decisions, Map<String, String> reasons, List<String> evaluators) {
    }

    static Decisions read(FormValues values) {
        List<String> names = FormFields.names(values,
                n -> n.equals(EVALUATORS) || n.startsWith(DECISION) || n.startsWith(REASON));
        Map<String, Qualification> decisions = new LinkedHashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (String name : names) {
            if (name.startsWith(DECISION)) {
                String bidder = OrganisationNumber.of(FormFields.suffix(name, DECISION)).value();
                Qualification q = values.requiredEnum(name, Qualification.class);
                if (q == Qualification.PENDING) {
                    throw new DomainRuleViolation("invalid-choice", name, "Qualify or reject the offer from " + bidder);
                }
                decisions.put(bidder, q);
            } else if (name.startsWith(REASON)) {
                reasons.put(FormFields.suffix(name, REASON), values.requiredString(name, Offer.MAX_REASON_LENGTH));
            }
        }
        for (Map.Entry<String, String> reason : reasons.entrySet()) {
            if (decisions.get(reason.getKey()) != Qualification.REJECTED) {
                throw new DomainRuleViolation("unknown-field", REASON + reason.getKey(),
                        "A reason is given only for a rejected offer");
            }
        }
        decisions.forEach((bidder, q) -> {
            if (q == Qualification.REJECTED && !reasons.containsKey(bidder)) {
                throw new DomainRuleViolation("required", REASON + bidder, "Give the reason the bidder will be told");
            }
        });
        Set<String> evaluators = new LinkedHashSet<>();
        for (String evaluator : values.requiredString(EVALUATORS, MAX_EVALUATORS_LENGTH).split("[,\\r\\n]+")) {
            String id = evaluator.strip();
            if (id.isEmpty() || id.length() > Score.MAX_EVALUATOR_LENGTH || !evaluators.add(id)) {
                throw new DomainRuleViolation("invalid-evaluators", EVALUATORS,
                        "Name each evaluator once by user id, separated by commas or line breaks (got '" + evaluator.strip() + "')");
            }
        }
        return new Decisions(decisions, reasons, List.copyOf(evaluators));
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        Decisions d = read(values);
        long qualified = d.decisions().values().stream().filter(q -> q == Qualification.QUALIFIED).count();
        return Map.of(TenderProcess.EVALUATORS, String.join(",", d.evaluators()),
                TenderProcess.QUALIFIED_OFFERS, (int) qualified);
    }

    @Override
    protected void apply(Tender tender, FormValues values) {
        Decisions d = read(values);
        // every offer the tender holds is decided here, so the model's count of qualified offers is the tender's
        String undecided = tender.offers().stream().filter(Offer::isActive)
                .map(o -> o.bidder().value()).filter(b -> !d.decisions().containsKey(b))
                .collect(Collectors.joining(", "));
        if (!undecided.isEmpty()) {
            throw new DomainRuleViolation("offers-not-qualified", "qualification",
                    "Qualify or reject every offer: " + undecided);
        }
        d.decisions().forEach((bidder, q) -> {
            if (q == Qualification.QUALIFIED) {
                tender.qualify(OrganisationNumber.of(bidder));
            } else {
                tender.reject(OrganisationNumber.of(bidder), d.reasons().get(bidder));
            }
        });
    }
}
