/**
 * The needs assessment (behovskartlegging) of a procurement case: what need, for which target group
 * (described in words, never about a person), how many, how often, for how long, compared with the
 * municipality's current service, what it is expected to achieve, what it may cost, and which units
 * work on it together. Submitting it freezes it for the steering group's decision point.
 */
package no.ipt.domain.needs;
