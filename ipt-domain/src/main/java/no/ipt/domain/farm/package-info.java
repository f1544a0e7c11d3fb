/**
 * Farms (IPT-gårder) that deliver or may deliver IPT services: the enterprise behind them, where
 * they are, how to reach them, which service areas they offer, and whether the national approval
 * scheme (godkjenningsordningen) may approve them.
 */
package no.ipt.domain.farm;
