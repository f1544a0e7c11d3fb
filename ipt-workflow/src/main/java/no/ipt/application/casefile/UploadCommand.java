package no.ipt.application.casefile;

/** A file to put on a case: the name the client gave, an optional title, category and farm (organisation number). */
public record UploadCommand(String fileName, String title, String category, String farm, byte[] content) {
}
