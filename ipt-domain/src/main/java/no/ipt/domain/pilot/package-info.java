/**
 * The national IPT-løftet 2 pilots: a county governor runs one pilot per service area with two to
 * five municipalities that have bought little or no IPT before, to map what stands in their way.
 * Each pilot reports to Landbruksdirektoratet, its funder: status reports on due dates within the
 * period and a final report at its end.
 */
package no.ipt.domain.pilot;
