/**
 * The reporting of a pilot to its funder ({@code ipt-pilot-reporting}): the beans its model calls
 * and the report task's form. The {@link no.ipt.domain.pilot.Pilot} aggregate keeps the schedule.
 */
package no.ipt.workflow.pilot;
