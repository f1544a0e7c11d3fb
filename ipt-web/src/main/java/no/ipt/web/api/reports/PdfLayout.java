package no.ipt.web.api.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The common layout of the PDF documents: A4, Helvetica (Cp1252, so æ, ø and å are written), a title,
 * section headings, paragraphs, label–value lines and tables with a header row. Amount columns are
 * right-aligned.
 */
final class PdfLayout {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 10);

    private final Document document;

    private PdfLayout(Document document) {
        this.document = document;
    }

    /** Writes a document titled {@code title} (also its metadata title) with what {@code body} adds. */
    static byte[] write(String title, Consumer<PdfLayout> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nb-NO"));
        document.addCreator("IPT");
        document.open();
        PdfLayout layout = new PdfLayout(document);
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingAfter(12);
        layout.add(heading);
        body.accept(layout);
        document.close();
        return out.toByteArray();
    }

    void heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        add(p);
    }

    void paragraph(String text) {
        add(new Paragraph(text == null || text.isBlank() ? "–" : text, BODY));
    }

    /** A line "Label: value". */
    void field(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + ": ", BOLD));
        p.add(new Phrase(value == null || value.isBlank() ? "–" : value, BODY));
        add(p);
    }

    /** A table; the columns whose index is in {@code rightAligned} (amounts) are aligned right. */
    void table(List<String> headers, List<List<String>> rows, List<Integer> rightAligned) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (int i = 0; i < headers.size(); i++) {
            table.addCell(cell(headers.get(i), BOLD, rightAligned.contains(i)));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < headers.size(); i++) {
                table.addCell(cell(i < row.size() ? row.get(i) : "", BODY, rightAligned.contains(i)));
            }
        }
        add(table);
    }

    private static PdfPCell cell(String text, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private void add(Element element) {
        document.add(element);
    }
}
