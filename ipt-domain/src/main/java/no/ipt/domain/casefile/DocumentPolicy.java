package no.ipt.domain.casefile;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a case accepts as a document: at most {@code maxBytes}, of an allowed {@link DocumentType}. */
public record DocumentPolicy(long maxBytes) {

    /** 10 MiB, the default of {@code ipt.documents.max-bytes}. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public DocumentPolicy {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The largest document must be at least one byte");
        }
    }

    /** Refuses a file that is empty, too large, of no allowed kind or whose name's extension lies about its kind. */
    public DocumentType accept(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.EMPTY, "empty-document",
                    "The file is empty");
        }
        requireSize(content.length);
        DocumentType type = DocumentType.sniff(content).orElseThrow(() -> unsupported(fileName));
        if (!type.fits(fileName)) {
            throw unsupported(fileName);
        }
        return type;
    }

    /** Refuses a size above the limit, e.g. as declared before the bytes are read. */
    public void requireSize(long size) {
        if (size > maxBytes) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, "document-too-large",
                    "A document may be at most " + maxBytes + " bytes; this one has " + size);
        }
    }

    private static DocumentRefusedException unsupported(String fileName) {
        return new DocumentRefusedException(DocumentRefusedException.Reason.UNSUPPORTED_TYPE, "unsupported-document-type",
                "'" + fileName + "' is not an allowed kind of document, or its content does not match its name; allowed are "
                        + Arrays.stream(DocumentType.values()).flatMap(t -> t.extensions().stream())
                                .collect(Collectors.joining(", ")));
    }
}
