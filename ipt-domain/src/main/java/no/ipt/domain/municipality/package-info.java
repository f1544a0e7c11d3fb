/**
 * Municipalities (kommuner) as reference data: number, name and county as published in SSB's
 * classification 131, with the date each number holds from. Numbers change in municipal and county
 * reforms (last on 1 January 2024), so they are data, never constants in code.
 */
package no.ipt.domain.municipality;
