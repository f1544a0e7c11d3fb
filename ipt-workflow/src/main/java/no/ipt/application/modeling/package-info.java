/**
 * Modeling for admins: BPMN and DMN models checked before anything is stored (Camunda's parsers and
 * IPT's own rules: user tasks with a candidate group and a form the application resolves, expressions
 * that name a bean or a variable), deployed and audited, listed as a library with versions and diffs;
 * migration of running cases between versions; operations (incidents, timers, variables).
 */
package no.ipt.application.modeling;
