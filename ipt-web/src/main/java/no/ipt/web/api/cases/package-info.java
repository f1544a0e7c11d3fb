/** REST resource and DTOs for procurement cases. */
package no.ipt.web.api.cases;
