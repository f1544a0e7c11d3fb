/**
 * The case page's file and overview: documents (upload, list, download with a checked checksum) and
 * comments on a case, the case's history (completed user tasks, votes, audited changes) and the
 * farms involved with the budget of the case's plan. Every read and change goes through
 * {@code VisibleCases}: a case the caller may not see is "not found".
 */
package no.ipt.application.casefile;
