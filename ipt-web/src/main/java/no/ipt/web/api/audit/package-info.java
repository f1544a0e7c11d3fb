/** REST resource for admins to search the audit trail. Read-only: the trail cannot be changed through the API. */
package no.ipt.web.api.audit;
