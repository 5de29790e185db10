package coop.steward.evidence.pdf;

import coop.steward.evidence.content.WeekPoint;
import coop.steward.evidence.content.WeeklyChart;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** Draws the weekly line chart as vectors: effective hourly pay against the minimum and the living wage. */
final class ChartDrawer {

    static final Color EFFECTIVE = new Color(0x1f, 0x4e, 0x99);
    static final Color MINIMUM = new Color(0xc0, 0x39, 0x2b);
    static final Color LIVING = new Color(0x2e, 0x7d, 0x32);
    private static final float PLOT_HEIGHT = 190f;
    private static final float AXIS_GUTTER = 42f;
    private static final float LABEL_SIZE = 7f;
    private static final int GRID_LINES = 5;

    private final PageFlow flow;
    private final Labels labels;

    ChartDrawer(PageFlow flow, Labels labels) {
        this.flow = flow;
        this.labels = labels;
    }

    void draw(WeeklyChart chart) {
        // The heading, unit line, plot and legend stay together on one page.
        flow.ensure(PLOT_HEIGHT + 130f);
        flow.heading(labels.get("chart.title"));
        List<WeekPoint> weeks = chart.weeks();
        long highest = weeks.stream()
                .flatMap(w -> Stream.of(w.effectivePayMinor(), w.minimumWageMinor(), w.livingWageMinor()))
                .filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(0L);
        if (weeks.isEmpty() || highest <= 0L) {
            flow.paragraph(flow.fonts.regular, 10f, PageFlow.MUTED, labels.get("chart.none"));
            notYetDue(chart);
            return;
        }
        Currency currency = Currency.getInstance(chart.currency());
        flow.paragraph(flow.fonts.regular, 8f, PageFlow.MUTED, labels.format("chart.unit", currency.getCurrencyCode()));
        flow.ensure(PLOT_HEIGHT + 60f);
        long step = niceStep(highest / GRID_LINES + 1);
        long top = step * ((highest + step - 1) / step);
        float left = PageFlow.MARGIN + AXIS_GUTTER;
        float right = PageFlow.MARGIN + flow.width() - 6f;
        float upper = flow.y() - 8f;
        float lower = upper - PLOT_HEIGHT;
        Plot plot = new Plot(left, right, lower, upper, top, weeks.size());
        // The whole drawing is one figure; a screen reader reads its description, which holds every week's figures.
        PDStructureElement figure = flow.tags.element("Figure", flow.tags.document());
        figure.setAlternateDescription(description(weeks, currency));
        flow.tags.mark(flow.stream(), figure, s -> {
            grid(plot, step, currency);
            weekLabels(plot, weeks);
            series(plot, weeks, WeekPoint::livingWageMinor, LIVING, new float[] {5f, 3f}, 1.2f);
            series(plot, weeks, WeekPoint::minimumWageMinor, MINIMUM, new float[] {2f, 2f}, 1.2f);
            series(plot, weeks, WeekPoint::effectivePayMinor, EFFECTIVE, new float[] {}, 1.8f);
            flow.down(PLOT_HEIGHT + 8f + 22f);
            legend(weeks);
        });
        notYetDue(chart);
    }

    /** The chart in words: what it shows, then each week's effective pay, minimum and living wage. */
    private String description(List<WeekPoint> weeks, Currency currency) {
        NumberFormat amounts = amounts(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        Function<Long, String> amount = v -> v == null ? "–" : amounts.format(BigDecimal.valueOf(v, digits));
        StringBuilder each = new StringBuilder();
        for (WeekPoint week : weeks) {
            each.append(each.isEmpty() ? "" : "; ").append(week.week()).append(": ")
                    .append(amount.apply(week.effectivePayMinor())).append(" / ")
                    .append(amount.apply(week.minimumWageMinor())).append(" / ")
                    .append(amount.apply(week.livingWageMinor()));
        }
        return labels.format("chart.alt", currency.getCurrencyCode(), each + ".");
    }

    private NumberFormat amounts(Currency currency) {
        NumberFormat amounts = NumberFormat.getNumberInstance(labels.locale());
        amounts.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        amounts.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        return amounts;
    }

    private void notYetDue(WeeklyChart chart) {
        if (!chart.notYetDue().isEmpty()) {
            flow.paragraph(flow.fonts.regular, 8f, PageFlow.MUTED,
                    labels.format("chart.notYetDue", String.join(", ", chart.notYetDue())));
        }
    }

    private void grid(Plot plot, long step, Currency currency) throws IOException {
        PDPageContentStream s = flow.stream();
        NumberFormat amounts = amounts(currency);
        s.setLineWidth(0.3f);
        s.setStrokingColor(PageFlow.RULE);
        s.setLineDashPattern(new float[] {}, 0);
        for (long value = 0; value <= plot.top; value += step) {
            float at = plot.y(value);
            s.moveTo(plot.left, at);
            s.lineTo(plot.right, at);
            s.stroke();
            String label = amounts.format(BigDecimal.valueOf(value, Math.max(0, currency.getDefaultFractionDigits())));
            float width = Fonts.width(flow.fonts.regular, LABEL_SIZE, flow.fonts.safe(flow.fonts.regular, label));
            flow.untaggedText(flow.fonts.regular, LABEL_SIZE, plot.left - 4f - width, at - 2.5f, PageFlow.MUTED, label);
        }
        s.setLineWidth(0.6f);
        s.setStrokingColor(PageFlow.MUTED);
        s.moveTo(plot.left, plot.lower);
        s.lineTo(plot.left, plot.upper);
        s.stroke();
    }

    private void weekLabels(Plot plot, List<WeekPoint> weeks) {
        float widest = 1f;
        for (WeekPoint week : weeks) {
            widest = Math.max(widest, Fonts.width(flow.fonts.regular, LABEL_SIZE, flow.fonts.safe(flow.fonts.regular, week.week())));
        }
        int every = Math.max(1, (int) Math.ceil((widest + 6f) / plot.spacing()));
        float freeFrom = plot.left;
        for (int i = 0; i < weeks.size(); i += every) {
            String label = weeks.get(i).week();
            float width = Fonts.width(flow.fonts.regular, LABEL_SIZE, flow.fonts.safe(flow.fonts.regular, label));
            float x = Math.max(plot.left, Math.min(plot.right - width, plot.x(i) - width / 2));
            if (x >= freeFrom) {
                flow.untaggedText(flow.fonts.regular, LABEL_SIZE, x, plot.lower - 10f, PageFlow.MUTED, label);
                freeFrom = x + width + 6f;
            }
        }
    }

    /** One series as a polyline that breaks where a week has no value, with a dot on a week standing alone. */
    private void series(Plot plot, List<WeekPoint> weeks, Function<WeekPoint, Long> value, Color color,
                        float[] dash, float lineWidth) throws IOException {
        PDPageContentStream s = flow.stream();
        s.setStrokingColor(color);
        s.setNonStrokingColor(color);
        s.setLineWidth(lineWidth);
        s.setLineDashPattern(dash, 0);
        int run = 0;
        for (int i = 0; i < weeks.size(); i++) {
            Long v = value.apply(weeks.get(i));
            if (v == null) {
                run = endRun(s, plot, weeks, value, i, run);
                continue;
            }
            if (run == 0) {
                s.moveTo(plot.x(i), plot.y(v));
            } else {
                s.lineTo(plot.x(i), plot.y(v));
            }
            run++;
        }
        endRun(s, plot, weeks, value, weeks.size(), run);
        s.setLineDashPattern(new float[] {}, 0);
    }

    private static int endRun(PDPageContentStream s, Plot plot, List<WeekPoint> weeks, Function<WeekPoint, Long> value,
                              int end, int run) throws IOException {
        if (run > 1) {
            s.stroke();
        } else if (run == 1) {
            s.closePath();
            s.stroke();
            long v = value.apply(weeks.get(end - 1));
            s.addRect(plot.x(end - 1) - 1.5f, plot.y(v) - 1.5f, 3f, 3f);
            s.fill();
        }
        return 0;
    }

    private void legend(List<WeekPoint> weeks) throws IOException {
        boolean anyLiving = weeks.stream().anyMatch(w -> w.livingWageMinor() != null);
        float x = PageFlow.MARGIN + AXIS_GUTTER;
        x = legendEntry(x, EFFECTIVE, new float[] {}, labels.get("chart.effective"));
        x = legendEntry(x, MINIMUM, new float[] {2f, 2f}, labels.get("chart.minimum"));
        if (anyLiving) {
            legendEntry(x, LIVING, new float[] {5f, 3f}, labels.get("chart.living"));
        }
        flow.down(10f);
    }

    private float legendEntry(float x, Color color, float[] dash, String label) throws IOException {
        float width = 22f + Fonts.width(flow.fonts.regular, 8f, flow.fonts.safe(flow.fonts.regular, label));
        if (x + width > PageFlow.MARGIN + flow.width()) {
            flow.down(12f);
            x = PageFlow.MARGIN + AXIS_GUTTER;
        }
        float baseline = flow.y();
        PDPageContentStream s = flow.stream();
        s.setStrokingColor(color);
        s.setLineWidth(1.6f);
        s.setLineDashPattern(dash, 0);
        s.moveTo(x, baseline + 2.5f);
        s.lineTo(x + 18f, baseline + 2.5f);
        s.stroke();
        s.setLineDashPattern(new float[] {}, 0);
        flow.untaggedText(flow.fonts.regular, 8f, x + 22f, baseline, PageFlow.INK, label);
        return x + width + 18f;
    }

    /** A round step for the value axis: 1, 2 or 5 times a power of ten, in minor units. */
    static long niceStep(long rough) {
        long magnitude = 1;
        while (magnitude * 10 <= rough) {
            magnitude *= 10;
        }
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * magnitude >= rough) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private record Plot(float left, float right, float lower, float upper, long top, int count) {

        float spacing() {
            return count <= 1 ? right - left : (right - left) / (count - 1);
        }

        float x(int index) {
            return count <= 1 ? (left + right) / 2 : left + index * spacing();
        }

        float y(long value) {
            return lower + (upper - lower) * value / top;
        }
    }
}
