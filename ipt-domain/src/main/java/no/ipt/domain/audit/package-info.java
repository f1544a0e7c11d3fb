/**
 * The audit trail: an append-only record of every state change – who, when, what, before and after –
 * written in the same transaction as the change, so that a change without its record cannot exist.
 */
package no.ipt.domain.audit;
