/**
 * Recording and searching the audit trail. Application services record each state change through
 * {@link no.ipt.application.audit.AuditLog} inside their own transaction; admins search it.
 */
package no.ipt.application.audit;
