/** REST resource and request bodies for the farm register (shared reference data). */
package no.ipt.web.api.farms;
