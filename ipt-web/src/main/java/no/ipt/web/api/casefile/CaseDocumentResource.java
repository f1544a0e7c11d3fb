package no.ipt.web.api.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.ipt.application.casefile.CaseFileApplicationService;
import no.ipt.application.casefile.DocumentDownload;
import no.ipt.application.casefile.DocumentView;
import no.ipt.application.casefile.UploadCommand;
import no.ipt.domain.casefile.DocumentRefusedException;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/**
 * A case's documents. An upload is {@code multipart/form-data} with the file in the part {@code file}
 * and optional parts {@code title}, {@code category} and {@code farm} (organisation number). A
 * download is the stored bytes as an attachment with the stored content type, the SHA-256 as ETag and
 * as {@code Repr-Digest}.
 */
@Path("cases/{caseNumber}/documents")
@RequestScoped
public class CaseDocumentResource {

    /** Text parts are short; more is not a title. */
    private static final int MAX_TEXT_PART = 1000;

    @Inject
    CaseFileApplicationService caseFile;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("caseNumber") String caseNumber, List<EntityPart> parts) throws IOException {
        EntityPart file = null;
        String title = null;
        String category = null;
        String farm = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "file" -> file = part;
                case "title" -> title = text(part);
                case "category" -> category = text(part);
                case "farm" -> farm = text(part);
                default -> { /* other parts are ignored, as a form's other fields */ }
            }
        }
        if (file == null) {
            throw new DomainRuleViolation("missing-file", "file", "Send the document in the part 'file'");
        }
        byte[] content = read(file, caseFile.policy().maxBytes());
        DocumentView stored = caseFile.upload(caller.get(), caseNumber,
                new UploadCommand(file.getFileName().orElse(null), title, category, farm, content));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(stored).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DocumentView> list(@PathParam("caseNumber") String caseNumber) {
        return caseFile.documents(caller.get(), caseNumber);
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id) {
        DocumentDownload download = caseFile.download(caller.get(), caseNumber, id);
        DocumentView d = download.document();
        return Response.ok(download.content(), d.contentType())
                .header("Content-Disposition", contentDisposition(d.fileName()))
                .header("Content-Length", d.sizeBytes())
                .header("ETag", "\"" + d.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + download.sha256Base64() + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** An attachment's name for every browser: plain ASCII and the exact UTF-8 name (RFC 6266). */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The file's bytes, refused as too large as soon as they pass the limit. */
    private static byte[] read(EntityPart file, long maxBytes) throws IOException {
        try (InputStream in = file.getContent()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, "document-too-large",
                        "A document may be at most " + maxBytes + " bytes");
            }
            return content;
        }
    }

    private static String text(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_TEXT_PART * 4 + 1);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
