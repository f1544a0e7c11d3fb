/**
 * Demo data from the seed documents (Steinkjer, Sveio, Kongsberg, the Vestland pilot ...), loaded by
 * the run command through the same application services users call, once and idempotently.
 */
package no.ipt.application.demo;
