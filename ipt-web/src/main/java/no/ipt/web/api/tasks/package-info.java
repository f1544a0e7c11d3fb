/** REST resource and DTOs for user tasks: list, claim, unclaim and complete with form values. */
package no.ipt.web.api.tasks;
