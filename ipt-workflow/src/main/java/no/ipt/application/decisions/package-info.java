/**
 * Steering-group decision points: members vote on the open decision of a case; when the case's
 * quorum rule gives an outcome, the decision-point task of the process is completed with it and the
 * case moves on, all in one transaction.
 */
package no.ipt.application.decisions;
