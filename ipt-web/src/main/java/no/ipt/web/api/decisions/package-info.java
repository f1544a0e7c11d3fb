/** REST resource and DTOs for steering-group decision points: the open decision, votes, minutes, history. */
package no.ipt.web.api.decisions;
