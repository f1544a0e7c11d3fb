package no.ipt.web.api.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The common layout of the spreadsheets: a bold, frozen header row, amounts as numbers formatted
 * {@code kr 1 880 000} (so they add up in Excel; øre only when there are any), dates as dates formatted {@code dd.mm.yyyy}, the rest as text.
 */
final class XlsxLayout implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle amount;
    private final CellStyle amountWithOre;
    private final CellStyle day;

    XlsxLayout() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        amount = workbook.createCellStyle();
        // "," is the file format's grouping sign: Excel shows the reader's own (a no-break space in Norwegian)
        amount.setDataFormat(workbook.createDataFormat().getFormat("\"kr\" #,##0;\"kr\" -#,##0"));
        amountWithOre = workbook.createCellStyle();
        amountWithOre.setDataFormat(workbook.createDataFormat().getFormat("\"kr\" #,##0.00;\"kr\" -#,##0.00"));
        day = workbook.createCellStyle();
        day.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
    }

    /** A sheet named {@code name} with the header row and one row per list of values. */
    void sheet(String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row first = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.max(12, headers.get(i).length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                set(row.createCell(i), values.get(i));
            }
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            // øre only when there are any, as in the pages and documents
            cell.setCellStyle(number.stripTrailingZeros().scale() > 0 ? amountWithOre : amount);
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(day);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}
