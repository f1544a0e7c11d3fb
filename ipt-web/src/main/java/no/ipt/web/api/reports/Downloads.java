package no.ipt.web.api.reports;

import jakarta.ws.rs.core.Response;

/** A generated document as a download: its type, a file name, never cached. */
final class Downloads {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static Response attachment(byte[] content, String type, String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + safe + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
