/** REST resource and request bodies for a municipality's service capacity and waiting list (counts only). */
package no.ipt.web.api.capacity;
