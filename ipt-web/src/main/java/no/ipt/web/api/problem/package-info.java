/**
 * RFC 9457 problem details: every error the API returns is {@code application/problem+json} with a
 * stable type, a human message and, for bad input, the fields at fault. No stack trace leaves the server.
 */
package no.ipt.web.api.problem;
