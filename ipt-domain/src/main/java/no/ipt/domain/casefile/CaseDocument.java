package no.ipt.domain.casefile;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Objects;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * A document on a case: what it is and who put it there. Its bytes are kept apart
 * ({@code case_document_content}) so that listing a case's documents does not read them. A document
 * is never changed; a new version is a new upload.
 */
@Entity
@Table(name = "case_document", schema = "ipt")
public class CaseDocument {

    public static final int MAX_TITLE = 200;
    public static final int MAX_FILE_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "case_number", length = 32, nullable = false, updatable = false))
    private CaseNumber caseNumber;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false,
            updatable = false))
    private MunicipalityNumber municipality;

    @Column(name = "title", length = MAX_TITLE, nullable = false, updatable = false)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30, nullable = false, updatable = false)
    private DocumentCategory category;

    /** The farm the document concerns, e.g. its approval documents; none for the case's own papers. */
    @Embedded
    @Valid
    @AttributeOverride(name = "value", column = @Column(name = "farm_organisation_number", length = 9, updatable = false))
    private OrganisationNumber farm;

    @Column(name = "file_name", length = MAX_FILE_NAME, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", length = 100, nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Embedded
    @Valid
    @NotNull
    private Checksum checksum;

    @Column(name = "uploaded_by", length = 64, nullable = false, updatable = false)
    private String uploadedBy;

    @NotNull
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected CaseDocument() {
        // for JPA
    }

    /**
     * A document checked by {@code policy}: refused when empty, too large or not of an allowed kind.
     * The stored content type is the sniffed one; the file name loses any folder a browser sent.
     */
    public CaseDocument(CaseNumber caseNumber, MunicipalityNumber municipality, String fileName, String title,
                        DocumentCategory category, OrganisationNumber farm, byte[] content, DocumentPolicy policy,
                        String uploadedBy, Instant uploadedAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.fileName = cleanFileName(fileName);
        DocumentType type = policy.accept(this.fileName, content);
        String named = Require.optionalText(title, "title", MAX_TITLE);
        this.title = named == null ? this.fileName : named;
        this.category = category == null ? DocumentCategory.OTHER : category;
        this.farm = farm;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.checksum = Checksum.of(content);
        this.uploadedBy = Require.text(uploadedBy, "uploadedBy", 64);
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** The last segment of a path (browsers on Windows may send one), without control characters. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        return Require.text(name, "fileName", MAX_FILE_NAME);
    }

    /** Refuses bytes that are not the ones stored (a damaged row or disk): they must never reach a user as the document. */
    public void verify(byte[] content) {
        if (content == null || content.length != sizeBytes || !checksum.matches(content)) {
            throw new CorruptDocumentException(this, content == null ? -1 : content.length);
        }
    }

    public Long id() {
        return id;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public MunicipalityNumber municipality() {
        return municipality;
    }

    public String title() {
        return title;
    }

    public DocumentCategory category() {
        return category;
    }

    public OrganisationNumber farm() {
        return farm;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Checksum checksum() {
        return checksum;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
