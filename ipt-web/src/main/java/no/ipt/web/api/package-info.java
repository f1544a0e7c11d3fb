/** The Jakarta REST API under {@code /api}: resources translate HTTP and JSON to application services. */
package no.ipt.web.api;
