/**
 * Downloads: PDF documents (a decision point's decision and minutes, a pilot's report to the funder,
 * OpenPDF) and spreadsheets (a plan's budget, the farm register, the agreements, Apache POI). The data
 * comes from {@link no.ipt.application.reports.ReportApplicationService} for the current caller; the
 * builders here only lay it out, in Norwegian, with {@link no.ipt.web.api.reports.ReportFormats}.
 */
package no.ipt.web.api.reports;
