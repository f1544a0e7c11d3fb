/**
 * The national IPT-løftet 2 pilots: a county governor runs one pilot per service area with two to
 * five municipalities that have bought little or no IPT before, to map what stands in their way.
 */
package no.ipt.domain.pilot;
