/**
 * Pilots (IPT-løftet 2) for a caller: who sees which pilot, the reporting schedule to the funder,
 * and submitting a report, which completes the report task the pilot's reporting process raised.
 */
package no.ipt.application.pilots;
