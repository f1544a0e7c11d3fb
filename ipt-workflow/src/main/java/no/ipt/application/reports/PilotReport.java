package no.ipt.application.reports;

import java.util.List;
import java.util.Map;
import no.ipt.application.pilots.PilotView;
import no.ipt.application.plans.PlanSummaryView;
import no.ipt.application.plans.PlanView;

/**
 * What the pilot's report to the funder shows: the pilot, its municipalities by name, and each of its
 * project plans with the plan's budget, financing and spend.
 */
public record PilotReport(PilotView pilot, Map<String, String> municipalityNames, List<PlanBudget> plans) {
}
