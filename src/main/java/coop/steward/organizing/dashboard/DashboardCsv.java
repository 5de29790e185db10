package coop.steward.organizing.dashboard;

import coop.steward.grievance.GrievanceCategory;
import coop.steward.ledger.UnpaidCategory;
import coop.steward.organizing.dashboard.DashboardView.CellView;
import coop.steward.organizing.dashboard.DashboardView.RowView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Exactly the cells of a dashboard view, one line each; a suppressed cell is marked with why and has no figure. */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("dimension", "coordinate", "label", "period", "status", "why",
                "workers", "hours", "paid_hours", "unpaid_hours", "effective_hourly_pay_p10", "effective_hourly_pay_median",
                "effective_hourly_pay_p90", "pay_currency", "share_weeks_below_minimum", "share_weeks_below_living",
                "payments", "late_payments"));
        for (UnpaidCategory category : UnpaidCategory.values()) {
            headers.add("unpaid_share_" + category.name().toLowerCase(Locale.ROOT));
        }
        for (GrievanceCategory category : GrievanceCategory.values()) {
            headers.add("grievances_" + category.name().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(headers);
    }

    static String write(DashboardView view) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(headers().toArray(String[]::new)).get())) {
            for (RowView row : view.rows()) {
                print(printer, view, row);
            }
            print(printer, view, view.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter printer, DashboardView view, RowView row) throws IOException {
        for (CellView cell : row.cells()) {
            List<Object> line = new ArrayList<>(List.of(view.dimension(), row.coordinate() == null ? "" : row.coordinate(),
                    row.label(), cell.period(), cell.status(), blank(cell.why()), blank(cell.workers()),
                    blank(cell.hours()), blank(cell.paidHours()), blank(cell.unpaidHours())));
            boolean pay = cell.effectiveHourlyPay() != null;
            line.add(pay ? blank(cell.effectiveHourlyPay().p10()) : "");
            line.add(pay ? blank(cell.effectiveHourlyPay().median()) : "");
            line.add(pay ? blank(cell.effectiveHourlyPay().p90()) : "");
            line.add(pay ? cell.effectiveHourlyPay().currency() : "");
            line.add(blank(cell.belowMinimumShare()));
            line.add(blank(cell.belowLivingShare()));
            line.add(blank(cell.payments()));
            line.add(blank(cell.latePayments()));
            for (UnpaidCategory category : UnpaidCategory.values()) {
                line.add(of(cell.unpaidShare(), category.name()));
            }
            for (GrievanceCategory category : GrievanceCategory.values()) {
                line.add(of(cell.grievances(), category.name()));
            }
            printer.printRecord(line);
        }
    }

    private static Object of(Map<String, ?> values, String key) {
        return values == null || values.get(key) == null ? "" : values.get(key);
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }
}
