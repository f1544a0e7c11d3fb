/**
 * Value objects and exceptions shared by every part of the IPT domain: identifiers such as
 * municipality and organisation numbers, money in NOK, and the base of all domain rule violations.
 */
package no.ipt.domain.shared;
