package no.ipt.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import no.ipt.application.tender.TenderEvaluationService;
import no.ipt.application.tender.TenderEvaluationView;
import no.ipt.web.security.CurrentCaller;

/**
 * The scoring matrix of the task {@code ipt:tender/score-offers} (include {@code score-matrix.xhtml}):
 * the tender's qualified offers × its award criteria with their weights, read once per view. The cells
 * are plain inputs; {@code assets/score-matrix.js} shows live weighted totals and ranks, and puts the
 * cells as {@code score.<orgnr>.<criterion>} into the task form's values, so completing goes the task
 * page's way and the tender decides.
 */
@Named
@ViewScoped
public class ScoreMatrix implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FORM_KEY = "ipt:tender/score-offers";

    @Inject
    TenderEvaluationService evaluations;

    @Inject
    CurrentCaller caller;

    @Inject
    Failures failures;

    private TenderEvaluationView tender;
    private boolean loaded;

    /** The case's tender under way, or null when it has none (or the case is not the user's to see). */
    public TenderEvaluationView of(String caseNumber) {
        if (!loaded) {
            loaded = true;
            try {
                tender = evaluations.current(caller.get(), caseNumber).orElse(null);
            } catch (RuntimeException e) {
                failures.show(e, Map.of());
            }
        }
        return tender;
    }
}
