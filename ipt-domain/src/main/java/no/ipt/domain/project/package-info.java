/**
 * Project plans for IPT pilots (prosjektplan), as in the Vestland plan: owner, lead, period, and a
 * budget by line and year with a financing plan by source and year that must balance before the
 * plan can be sent to Landbruksdirektoratet.
 */
package no.ipt.domain.project;
