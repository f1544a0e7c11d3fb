/**
 * Reports and exports: gathers, for one caller, what the PDF documents, spreadsheets and the dashboard
 * show, only through the application services and repositories the rest of the application uses, so
 * the same tenant checks apply (a subject of another municipality is not found).
 * Rendering (PDF, XLSX, pages) is the web module's job.
 */
package no.ipt.application.reports;
