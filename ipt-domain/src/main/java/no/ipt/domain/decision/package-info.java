/**
 * Steering-group decision points (beslutningspunkt) between the stages of a procurement case: who
 * may vote, the quorum rule that turns votes into an outcome, and the minutes that conclude the
 * point. A point refers to its case by {@code CaseNumber} only.
 */
package no.ipt.domain.decision;
