/**
 * Project plans for IPT pilots (prosjektplan), as in the Vestland plan: owner, lead, period, goals,
 * phases, steering group, a risk analysis with measures, and a budget by line and year with a
 * financing plan by source and year that must balance before the plan can be sent to
 * Landbruksdirektoratet. Spend is recorded against the budget lines; overspending is flagged.
 */
package no.ipt.domain.project;
