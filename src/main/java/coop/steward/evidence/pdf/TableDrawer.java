package coop.steward.evidence.pdf;

import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a table that may run over many pages: a row is never split, and every page the table continues on
 * starts with its title marked as continued and the header row again.
 */
final class TableDrawer {

    static final String LATE_MARK = "† ";
    private static final float SIZE = 7.5f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD = 3f;
    private static final float MAX_SHARE = 0.45f;
    private static final float MIN_COLUMN = 34f;
    private static final Color HEADER_FILL = new Color(0xe4, 0xe8, 0xee);
    private static final Color LATE_FILL = new Color(0xfd, 0xef, 0xd2);

    private final PageFlow flow;
    private final Labels labels;

    TableDrawer(PageFlow flow, Labels labels) {
        this.flow = flow;
        this.labels = labels;
    }

    void draw(Table table) {
        flow.subheading(table.title());
        if (table.rows().isEmpty()) {
            flow.paragraph(flow.fonts.regular, 9f, PageFlow.MUTED, labels.get("table.empty"));
            return;
        }
        boolean anyLate = table.rows().stream().anyMatch(TableRow::recordedLate);
        if (anyLate) {
            flow.paragraph(flow.fonts.regular, 8f, PageFlow.MUTED, labels.get("table.lateLegend"));
        }
        float[] widths = columnWidths(table);
        List<List<String>> header = wrapCells(flow.fonts.bold, table.headers(), widths);
        float headerHeight = height(header);
        flow.down(4f);
        flow.ensure(headerHeight + LEADING + 2 * PAD);
        drawRow(header, widths, flow.fonts.bold, HEADER_FILL);
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>(row.cells());
            if (row.recordedLate()) {
                cells.set(0, LATE_MARK + cells.get(0));
            }
            List<List<String>> wrapped = wrapCells(flow.fonts.regular, cells, widths);
            float rowHeight = height(wrapped);
            if (flow.y() - rowHeight < PageFlow.BOTTOM) {
                flow.newPage();
                flow.subheading(labels.format("table.continued", table.title()));
                flow.down(4f);
                drawRow(header, widths, flow.fonts.bold, HEADER_FILL);
            }
            drawRow(wrapped, widths, flow.fonts.regular, row.recordedLate() ? LATE_FILL : null);
        }
    }

    private void drawRow(List<List<String>> cells, float[] widths, PDType0Font font, Color fill) {
        float rowHeight = height(cells);
        float top = flow.y();
        PDPageContentStream s = flow.stream();
        try {
            if (fill != null) {
                s.setNonStrokingColor(fill);
                s.addRect(PageFlow.MARGIN, top - rowHeight, PageFlow.width(), rowHeight);
                s.fill();
            }
            float x = PageFlow.MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                float baseline = top - PAD - SIZE;
                for (String line : cells.get(c)) {
                    flow.text(font, SIZE, x + PAD, baseline, PageFlow.INK, line);
                    baseline -= LEADING;
                }
                x += widths[c];
            }
            s.setStrokingColor(PageFlow.RULE);
            s.setLineWidth(0.3f);
            s.moveTo(PageFlow.MARGIN, top - rowHeight);
            s.lineTo(PageFlow.MARGIN + PageFlow.width(), top - rowHeight);
            s.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.down(rowHeight);
    }

    private List<List<String>> wrapCells(PDType0Font font, List<String> cells, float[] widths) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            wrapped.add(flow.wrap(font, SIZE, widths[c] - 2 * PAD, cells.get(c)));
        }
        return wrapped;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * LEADING + 2 * PAD;
    }

    /**
     * Columns get the page width in proportion to their widest cell, each capped so one long note cannot starve
     * the others, and none narrower than a short date.
     */
    private float[] columnWidths(Table table) {
        int columns = table.headers().size();
        float available = PageFlow.width();
        float[] natural = new float[columns];
        for (int c = 0; c < columns; c++) {
            natural[c] = Fonts.width(flow.fonts.bold, SIZE, flow.fonts.safe(flow.fonts.bold, table.headers().get(c)));
        }
        for (TableRow row : table.rows()) {
            for (int c = 0; c < columns; c++) {
                String cell = c == 0 && row.recordedLate() ? LATE_MARK + row.cells().get(c) : row.cells().get(c);
                natural[c] = Math.max(natural[c], Fonts.width(flow.fonts.regular, SIZE, flow.fonts.safe(flow.fonts.regular, cell)));
            }
        }
        float sum = 0f;
        for (int c = 0; c < columns; c++) {
            natural[c] = Math.max(MIN_COLUMN, Math.min(available * MAX_SHARE, natural[c] + 2 * PAD));
            sum += natural[c];
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = natural[c] * available / sum;
        }
        return widths;
    }
}
