/**
 * The main process of a procurement case ({@code ipt-procurement-case}) and the beans it calls: the
 * case follows the process from stage to stage ({@link no.ipt.workflow.cases.CaseProgress}), and the
 * stages get their inputs from the domain, not from copies in process variables.
 */
package no.ipt.workflow.cases;
