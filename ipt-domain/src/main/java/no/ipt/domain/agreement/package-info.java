/**
 * Framework agreements (rammeavtaler), lifecycle stage 5: the agreement a municipality signs with
 * one or more selected farms after a tender, its term and options to extend within the legal
 * maximum, each supplier's price and capacity, and the call-offs (avrop) that order places under
 * the agreement's call-off rule. Kongsberg's model: a long agreement gives municipality, farms and
 * users predictability, and lets a farm show a buyer when it applies for investment funding.
 */
package no.ipt.domain.agreement;
