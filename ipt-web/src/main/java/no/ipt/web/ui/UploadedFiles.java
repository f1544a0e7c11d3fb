package no.ipt.web.ui;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import no.ipt.domain.casefile.DocumentPolicy;
import no.ipt.domain.casefile.DocumentRefusedException;

/** A file from a page's multipart form ({@code h:inputFile}), read only when the case may take it. */
final class UploadedFiles {

    private UploadedFiles() {
    }

    /** The bytes of {@code file}; refused before reading when none was chosen or it is above the limit. */
    static byte[] read(Part file, DocumentPolicy policy) {
        if (file == null || file.getSize() == 0) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.EMPTY, "empty-document", "Choose a file");
        }
        policy.requireSize(file.getSize());
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
