/**
 * Application services of the tender stage: what the REST layer calls about a case's tender, such as
 * receiving a bidder's complaint during the standstill period.
 */
package no.ipt.application.tender;
