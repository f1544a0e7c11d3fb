package no.ipt.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import org.junit.jupiter.api.Test;

class CaseDocumentTest {

    private static final DocumentPolicy POLICY = new DocumentPolicy(1024);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static CaseDocument document(String fileName, byte[] content) {
        return new CaseDocument(new CaseNumber("IPT-2026-00001"), MunicipalityNumber.of("5006"), fileName, null,
                DocumentCategory.CONTRACT, null, content, POLICY, "innkjoper", Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void keepsTheSha256OfTheBytesAndTheSniffedType() {
        CaseDocument d = document("C:\\Users\\kari\\avtale.pdf", PDF);
        assertThat(d.fileName()).isEqualTo("avtale.pdf");
        assertThat(d.title()).isEqualTo("avtale.pdf");
        assertThat(d.contentType()).isEqualTo("application/pdf");
        assertThat(d.sizeBytes()).isEqualTo(PDF.length);
        assertThat(Checksum.of("abc".getBytes(StandardCharsets.US_ASCII)).value())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(d.checksum()).isEqualTo(Checksum.of(PDF));
        d.verify(PDF.clone());
    }

    @Test
    void bytesThatDoNotMatchTheChecksumAreCorrupt() {
        CaseDocument d = document("avtale.pdf", PDF);
        byte[] damaged = PDF.clone();
        damaged[10] ^= 1;
        assertThatThrownBy(() -> d.verify(damaged)).isInstanceOf(CorruptDocumentException.class).hasMessageContaining("avtale.pdf");
        assertThatThrownBy(() -> d.verify(new byte[0])).isInstanceOf(CorruptDocumentException.class);
    }

    @Test
    void refusesAFileAboveTheLimit() {
        byte[] large = new byte[1025];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThatThrownBy(() -> document("stor.pdf", large)).isInstanceOfSatisfying(DocumentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(DocumentRefusedException.Reason.TOO_LARGE));
        document("akkurat.txt", "a".repeat(1024).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void refusesContentThatIsNotWhatItsNameSays() {
        assertRefusedType("faktura.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertRefusedType("notat.txt", "<html><body>hei</body></html>".getBytes(StandardCharsets.UTF_8));
        assertRefusedType("program.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
        assertRefusedType("program.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
        assertRefusedType("bilde.png", PDF);
        assertRefusedType("arkiv.docx", zip("other/file.txt", "x"));
    }

    @Test
    void recognisesTheAllowedKindsByTheirBytes() {
        assertThat(DocumentType.sniff(PDF)).contains(DocumentType.PDF);
        assertThat(DocumentType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})).contains(DocumentType.PNG);
        assertThat(DocumentType.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).contains(DocumentType.JPEG);
        assertThat(DocumentType.sniff(zip("word/document.xml", "<w/>"))).contains(DocumentType.DOCX);
        assertThat(DocumentType.sniff(zip("xl/workbook.xml", "<x/>"))).contains(DocumentType.XLSX);
        assertThat(DocumentType.sniff(zip("mimetype", "application/vnd.oasis.opendocument.text"))).contains(DocumentType.ODT);
        assertThat(DocumentType.sniff(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))).contains(DocumentType.ODS);
        assertThat(DocumentType.sniff("Referat fra møtet: ærlig og åpent.\r\n".getBytes(StandardCharsets.UTF_8))).contains(DocumentType.TEXT);
        assertThat(DocumentType.sniff(new byte[] {(byte) 0xc3, 0x28})).isEmpty();
        assertThat(document("regneark.XLSX", zip("xl/workbook.xml", "<x/>")).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void refusesAnEmptyFileAndAnUnknownCategory() {
        assertThatThrownBy(() -> document("tom.pdf", new byte[0])).isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> DocumentCategory.parse("SECRET")).isInstanceOf(DomainRuleViolation.class);
        assertThat(DocumentCategory.parse(" ")).isEqualTo(DocumentCategory.OTHER);
    }

    @Test
    void aCommentNeedsTextOfAtMostTheLimit() {
        assertThatThrownBy(() -> new CaseComment(new CaseNumber("IPT-2026-00001"), MunicipalityNumber.of("5006"),
                "styre1", Instant.now(), "x".repeat(CaseComment.MAX_TEXT + 1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("text-too-long"));
        assertThatThrownBy(() -> new CaseComment(new CaseNumber("IPT-2026-00001"), MunicipalityNumber.of("5006"),
                "styre1", Instant.now(), "  ")).isInstanceOf(DomainRuleViolation.class);
    }

    private static void assertRefusedType(String fileName, byte[] content) {
        assertThatThrownBy(() -> document(fileName, content)).as(fileName).isInstanceOfSatisfying(DocumentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(DocumentRefusedException.Reason.UNSUPPORTED_TYPE));
    }

    private static byte[] zip(String entry, String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
