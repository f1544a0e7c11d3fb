/**
 * The farm register for callers: farms are shared reference data (a farm may deliver to several
 * municipalities), so every logged-in user may search them; officers, project leads and admins
 * register and describe them. Each municipality's approvals and agreements stay its own.
 */
package no.ipt.application.farms;
