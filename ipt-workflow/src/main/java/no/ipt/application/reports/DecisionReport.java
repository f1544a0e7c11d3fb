package no.ipt.application.reports;

import no.ipt.application.cases.CaseView;
import no.ipt.application.decisions.DecisionView;

/** What the decision document shows: the case and one of its decision points. */
public record DecisionReport(CaseView procurementCase, DecisionView decision) {
}
