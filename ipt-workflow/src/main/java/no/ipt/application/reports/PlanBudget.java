package no.ipt.application.reports;

import no.ipt.application.plans.PlanSummaryView;
import no.ipt.application.plans.PlanView;

/** A plan with its budget, financing and spend by year (the budget spreadsheet, the pilot report). */
public record PlanBudget(PlanView plan, PlanSummaryView summary) {
}
