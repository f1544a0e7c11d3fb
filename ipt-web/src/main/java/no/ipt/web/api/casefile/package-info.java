/**
 * {@code /api/cases/{n}/documents} (multipart upload, list, download with checksum headers) and
 * {@code /api/cases/{n}/comments}; the problems particular to documents (413, 415, 404).
 */
package no.ipt.web.api.casefile;
