package no.ipt.application.casefile;

/** A document with its bytes, checked against the stored checksum. */
public record DocumentDownload(DocumentView document, byte[] content, String sha256Base64) {
}
