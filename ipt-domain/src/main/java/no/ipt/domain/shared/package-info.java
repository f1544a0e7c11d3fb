/**
 * Value objects and exceptions shared by every part of the IPT domain: identifiers such as
 * municipality and organisation numbers, money in NOK, periods of days, the argument guards every
 * aggregate uses, and the base of all domain rule violations.
 */
package no.ipt.domain.shared;
