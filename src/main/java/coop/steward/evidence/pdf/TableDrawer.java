package coop.steward.evidence.pdf;

import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a table that may run over many pages: a row is never split, and every page the table continues on
 * starts with its title marked as continued and the header row again (both artifacts: a screen reader reads the
 * header once). Columns are sized from their content so that no word, date or amount is ever broken: each is at
 * least as wide as its widest unbreakable run, and the room left is shared by how much more each would like.
 */
final class TableDrawer {

    static final String LATE_MARK = "† ";
    private static final float[] SIZES = {7.5f, 7f, 6.5f, 6f};
    private static final float PAD = 3f;
    private static final Color HEADER_FILL = new Color(0xe4, 0xe8, 0xee);
    private static final Color LATE_FILL = new Color(0xfd, 0xef, 0xd2);

    private final PageFlow flow;
    private final Labels labels;
    private float size = SIZES[0];

    TableDrawer(PageFlow flow, Labels labels) {
        this.flow = flow;
        this.labels = labels;
    }

    private float leading() {
        return size * 1.3f;
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
        List<String> headers = table.headers().stream().map(TableDrawer::keepNumbersTogether).toList();
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = keepNumbersTogether(row.cells().get(c));
                cells.add(c == 0 && row.recordedLate() ? LATE_MARK + cell : cell);
            }
            rows.add(cells);
        }
        float[] widths = columnWidths(headers, rows);
        List<List<String>> header = wrapCells(flow.fonts.bold, headers, widths);
        float headerHeight = height(header);
        flow.down(4f);
        flow.ensure(headerHeight + leading() + 2 * PAD);
        PDStructureElement element = flow.tags.element("Table", flow.tags.document());
        PDStructureElement headerRow = flow.tags.element("TR", element);
        drawRow(header, widths, flow.fonts.bold, HEADER_FILL, headerRow, true);
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> wrapped = wrapCells(flow.fonts.regular, rows.get(r), widths);
            float rowHeight = height(wrapped);
            if (flow.y() - rowHeight < PageFlow.BOTTOM) {
                flow.newPage();
                flow.artifactSubheading(labels.format("table.continued", table.title()));
                flow.down(4f);
                drawRow(header, widths, flow.fonts.bold, HEADER_FILL, null, true);
            }
            boolean late = table.rows().get(r).recordedLate();
            drawRow(wrapped, widths, flow.fonts.regular, late ? LATE_FILL : null, flow.tags.element("TR", element), false);
        }
    }

    /** One row; its cells are tagged TH or TD under the row element, or drawn as artifacts when the row is null. */
    private void drawRow(List<List<String>> cells, float[] widths, PDType0Font font, Color fill,
                         PDStructureElement row, boolean header) {
        float rowHeight = height(cells);
        float top = flow.y();
        float left = PageFlow.MARGIN;
        float right = PageFlow.MARGIN + flow.width();
        Tagging.artifact(flow.stream(), s -> {
            if (fill != null) {
                s.setNonStrokingColor(fill);
                s.addRect(left, top - rowHeight, right - left, rowHeight);
                s.fill();
            }
            s.setStrokingColor(PageFlow.RULE);
            s.setLineWidth(0.3f);
            s.moveTo(left, top - rowHeight);
            s.lineTo(right, top - rowHeight);
            s.stroke();
        });
        float x = left;
        for (int c = 0; c < cells.size(); c++) {
            PDStructureElement cell = row == null ? null
                    : header ? flow.tags.columnHeader(row) : flow.tags.element("TD", row);
            float baseline = top - PAD - size;
            for (String line : cells.get(c)) {
                flow.text(cell, font, size, x + PAD, baseline, PageFlow.INK, line);
                baseline -= leading();
            }
            x += widths[c];
        }
        flow.down(rowHeight);
    }

    private List<List<String>> wrapCells(PDType0Font font, List<String> cells, float[] widths) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            wrapped.add(flow.wrap(font, size, widths[c] - 2 * PAD, cells.get(c)));
        }
        return wrapped;
    }

    private float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * leading() + 2 * PAD;
    }

    /**
     * The widths the columns get. Each needs at least its widest unbreakable run and would like its widest cell on
     * one line. When the needs alone are wider than the page, the type gets smaller (down to 6 pt) before anything
     * would have to break; what is left over the needs goes to the columns in proportion to what they still want.
     */
    private float[] columnWidths(List<String> headers, List<List<String>> rows) {
        int columns = headers.size();
        float available = flow.width();
        float[] need = new float[columns];
        float[] want = new float[columns];
        for (float candidate : SIZES) {
            size = candidate;
            float needed = 0f;
            for (int c = 0; c < columns; c++) {
                need[c] = Math.max(longestRun(flow.fonts.bold, headers.get(c)), 0f);
                want[c] = width(flow.fonts.bold, headers.get(c));
                for (List<String> row : rows) {
                    need[c] = Math.max(need[c], longestRun(flow.fonts.regular, row.get(c)));
                    want[c] = Math.max(want[c], width(flow.fonts.regular, row.get(c)));
                }
                need[c] += 2 * PAD + 0.5f;
                want[c] = Math.max(want[c] + 2 * PAD + 0.5f, need[c]);
                needed += need[c];
            }
            if (needed <= available) {
                break;
            }
        }
        float sumNeed = 0f;
        float sumWant = 0f;
        for (int c = 0; c < columns; c++) {
            sumNeed += need[c];
            sumWant += want[c];
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            if (sumWant <= available) {
                widths[c] = want[c] * available / sumWant;
            } else if (sumNeed <= available) {
                widths[c] = need[c] + (want[c] - need[c]) * (available - sumNeed) / (sumWant - sumNeed);
            } else {
                widths[c] = need[c] * available / sumNeed;
            }
        }
        return widths;
    }

    private float width(PDType0Font font, String text) {
        return Fonts.width(font, size, flow.fonts.safe(font, text));
    }

    private float longestRun(PDType0Font font, String text) {
        float longest = 0f;
        for (String run : flow.fonts.safe(font, text).split(" +")) {
            longest = Math.max(longest, Fonts.width(font, size, run));
        }
        return longest;
    }

    /**
     * Keeps a number with what comes before it ("USD 15.00", "October 12", "× 118.5"), so an amount or a date is
     * never split across lines; a column is then sized for the longest such run.
     */
    static String keepNumbersTogether(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            boolean beforeDigit = i + 1 < cell.length() && Character.isDigit(cell.charAt(i + 1));
            out.append(ch == ' ' && beforeDigit ? PageFlow.KEEP_TOGETHER : ch);
        }
        return out.toString();
    }
}
