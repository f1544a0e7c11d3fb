package no.ipt.domain.casefile;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import no.ipt.domain.shared.Require;

/** A comment an officer or a steering-group member writes on a case. Comments are not edited. */
@Entity
@Table(name = "case_comment", schema = "ipt")
public class CaseComment {

    public static final int MAX_TEXT = 4000;

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

    @Column(name = "author", length = 64, nullable = false, updatable = false)
    private String author;

    @NotNull
    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "text", length = MAX_TEXT, nullable = false, updatable = false)
    private String text;

    protected CaseComment() {
        // for JPA
    }

    public CaseComment(CaseNumber caseNumber, MunicipalityNumber municipality, String author, Instant writtenAt, String text) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.author = Require.text(author, "author", 64);
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
        this.text = Require.text(text, "text", MAX_TEXT);
    }

    public Long id() {
        return id;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}
