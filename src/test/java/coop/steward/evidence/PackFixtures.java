package coop.steward.evidence;

import coop.steward.common.validation.Language;
import coop.steward.evidence.content.Cover;
import coop.steward.evidence.content.Figure;
import coop.steward.evidence.content.Finding;
import coop.steward.evidence.content.FindingStatus;
import coop.steward.evidence.content.Integrity;
import coop.steward.evidence.content.Letter;
import coop.steward.evidence.content.PackContent;
import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import coop.steward.evidence.content.WeekPoint;
import coop.steward.evidence.content.WeeklyChart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Realistic pack content: a Kansas City data labeler's quarter, and a Nairobi moderator's whole year. */
public final class PackFixtures {

    public static final String CHAIN_HEAD = "9f2c4b7e1a0d3c5b6e8f7a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d";
    public static final String BACK_PAY_FORMULA =
            "max(0, USD 7.25 × 118.5 h − USD 702.40) = USD 156.73";

    private PackFixtures() {
    }

    /** A quarter of RLHF work for a vendor in Kansas City, with one late session and a payment demand. */
    public static PackContent kansasCityQuarter(Language language) {
        Cover cover = new Cover("kc-labeler", "Dana Whitfield", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                language, ZoneId.of("America/Chicago"));
        List<Figure> summary = List.of(
                new Figure("Hours paid", "86 h 45 min"),
                new Figure("Hours unpaid (onboarding, waiting, rejected work)", "31 h 45 min (26.8 %)"),
                new Figure("Net pay after fees", "USD 702.40"),
                new Figure("Effective hourly pay after costs", "USD 5.93"),
                new Figure("Minimum wage in force (Missouri)", "USD 13.75"),
                new Figure("Back pay owed", "USD 926.98"));
        List<Finding> findings = List.of(
                new Finding("Fair pay: at least the local minimum wage after costs", FindingStatus.BREACHED,
                        "USD 702.40 ÷ 118.5 h = USD 5.93 < USD 13.75", "Fairwork Cloudwork Principles 2023, principle 1.1"),
                new Finding("Paid for all completed work", FindingStatus.BREACHED, BACK_PAY_FORMULA,
                        "Partnership on AI, Responsible Sourcing of Data Enrichment Services, §2"),
                new Finding("Paid on time", FindingStatus.NOT_ENOUGH_DATA, "2 payments, 0 with a promised date",
                        "Fairwork Cloudwork Principles 2023, principle 1.2"));
        List<WeekPoint> weeks = new ArrayList<>();
        for (int w = 1; w <= 13; w++) {
            Long effective = w == 7 ? null : 480L + (w * 37L % 250L);
            weeks.add(new WeekPoint("2026-W%02d".formatted(w), effective, 1375L, 2281L));
        }
        List<Table> tables = List.of(
                new Table("Engagements", List.of("Vendor", "Client", "Project", "Kind", "Rate", "Contract"), List.of(
                        TableRow.of("Outlier", "unknown", "Falcon", "RLHF conversation", "USD 15.00 / h", "no"))),
                new Table("Work sessions", List.of("Date", "Start", "Paid", "Unpaid", "Unpaid category", "Tasks"),
                        sessions(90, 3)),
                new Table("Payments", List.of("Paid on", "Period", "Gross", "Fees", "Net", "Method"), List.of(
                        TableRow.of("2026-02-14", "2026-01-01 – 2026-01-31", "USD 380.00", "USD 18.20", "USD 361.80", "PayPal"),
                        TableRow.of("2026-03-20", "2026-02-01 – 2026-02-28", "USD 360.00", "USD 19.40", "USD 340.60", "PayPal"))),
                new Table("Grievances", List.of("Date", "Category", "Status", "Narrative"), List.of(
                        TableRow.of("2026-03-02", "unpaid work", "open",
                                "Three hours of qualification tests for the Falcon project were never paid."))));
        List<Letter> letters = List.of(new Letter("Payment demand to Outlier", LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 19), "no answer"));
        List<Figure> headline = List.of(
                new Figure("Effective pay against the minimum wage",
                        "USD 5.93 an hour after costs, against USD 13.75 (Missouri): Breached"),
                new Figure("Effective pay against the living wage", "Not enough data"),
                new Figure("Back pay owed", "USD 926.98 (Fairwork Cloudwork Principles)"),
                new Figure("Breaches", "2 of 3 criteria assessed from the records"));
        return new PackContent(cover, headline, summary, findings, new WeeklyChart("USD", weeks, List.of()), tables, letters,
                new Integrity(CHAIN_HEAD, 96, "https://steward.example.coop/verify"));
    }

    /** A year of daily moderation for a Nairobi vendor: 365 sessions, 52 payments, 10 grievances, 52 weeks. */
    public static PackContent nairobiYear() {
        Cover cover = new Cover("nbo-moderator", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                Language.SW, ZoneId.of("Africa/Nairobi"));
        List<TableRow> payments = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            LocalDate paid = LocalDate.of(2025, 1, 10).plusWeeks(week);
            payments.add(TableRow.of(paid.toString(), paid.minusDays(13) + " – " + paid.minusDays(7),
                    "KES 5,200.00", "KES 130.00", "KES 5,070.00", "M-Pesa"));
        }
        List<TableRow> grievances = new ArrayList<>();
        String[] categories = {"unsafe content exposure without support", "late payment", "rejection without reason",
                "unpaid work", "sudden deactivation"};
        for (int g = 0; g < 10; g++) {
            grievances.add(TableRow.of(LocalDate.of(2025, 1, 20).plusDays(g * 33L).toString(), categories[g % 5],
                    g % 3 == 0 ? "escalated" : "open",
                    "Reviewed graphic material for a full shift; the wellness session promised in the contract was cancelled again."));
        }
        List<WeekPoint> weeks = new ArrayList<>();
        for (int w = 1; w <= 52; w++) {
            weeks.add(new WeekPoint("2025-W%02d".formatted(w), 11_000L + (w * 977L % 6_000L), 15_120L, 24_300L));
        }
        List<Finding> findings = new ArrayList<>();
        for (int f = 0; f < 6; f++) {
            findings.add(new Finding("Criterion " + (f + 1) + ": living wage for all time including associated activities",
                    f % 2 == 0 ? FindingStatus.BREACHED : FindingStatus.MET,
                    "KES 263,640.00 ÷ 2,190 h = KES 120.38 < KES 243.00", "Partnership on AI, data enrichment sourcing, §1"));
        }
        List<Table> tables = List.of(
                new Table("Engagements", List.of("Vendor", "Client", "Project", "Kind", "Rate", "Contract"), List.of(
                        TableRow.of("Sama", "unknown", "Aurora", "content moderation", "KES 130.00 / h", "yes"))),
                new Table("Work sessions", List.of("Date", "Start", "Paid", "Unpaid", "Unpaid category", "Tasks"),
                        sessions(365, 11)),
                new Table("Payments", List.of("Paid on", "Period", "Gross", "Fees", "Net", "Method"), payments),
                new Table("Grievances", List.of("Date", "Category", "Status", "Narrative"), grievances));
        return new PackContent(cover, List.of(new Figure("Malimbikizo ya malipo", "KES 41,200.00")),
                List.of(new Figure("Saa zilizolipwa", "1,825 h"),
                new Figure("Saa zisizolipwa", "365 h (16.7 %)")), findings, new WeeklyChart("KES", weeks, List.of()), tables,
                List.of(new Letter("GDPR Article 15 subject-access request", LocalDate.of(2025, 6, 2),
                        LocalDate.of(2025, 7, 2), "answered late")),
                new Integrity(CHAIN_HEAD, 428, "https://steward.example.coop/verify"));
    }

    /** The canonical JSON a pack of this content would carry. */
    public static byte[] recordsJson(int entries) {
        StringBuilder json = new StringBuilder("{\"entries\":[");
        for (int i = 0; i < entries; i++) {
            json.append(i == 0 ? "" : ",").append("{\"kind\":\"session\",\"paidMinutes\":").append(300 + i % 60).append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<TableRow> sessions(int days, int lateEvery) {
        List<TableRow> rows = new ArrayList<>(days);
        String[] unpaid = {"waiting for tasks", "reading instructions", "rejected work", "onboarding and qualification tests"};
        for (int d = 0; d < days; d++) {
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(d);
            String[] cells = {day.toString(), "08:%02d".formatted(d % 60), "5 h 00 min", "%d min".formatted(20 + d % 45),
                    unpaid[d % unpaid.length], Integer.toString(40 + d % 17)};
            rows.add(d % lateEvery == 1 ? TableRow.late(cells) : TableRow.of(cells));
        }
        return rows;
    }
}
