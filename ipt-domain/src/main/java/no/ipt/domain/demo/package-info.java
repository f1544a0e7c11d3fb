/**
 * Demo reference data taken from the seed documents (Steinkjer's farms, the IPT-løftet 2 pilots,
 * the Vestland project plan) as plain domain objects, so that a fresh installation has something
 * real to show. Storing them is the infrastructure's job.
 */
package no.ipt.domain.demo;
