/** REST resource and request bodies for pilots: their municipalities and the reporting schedule to the funder. */
package no.ipt.web.api.pilots;
