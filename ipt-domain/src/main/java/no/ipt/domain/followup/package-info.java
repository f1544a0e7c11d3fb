/**
 * Follow-up of a framework agreement (oppfølging), lifecycle stage 6: regular follow-up meetings,
 * quality deviations and their corrective actions, utilisation of the places called off, user
 * satisfaction as anonymous aggregates, the evaluation against the municipality's current service,
 * and the decisions to continue, extend, re-tender or end. Nothing here identifies a service user.
 */
package no.ipt.domain.followup;
