package coop.steward.evidence.assembly;

import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import coop.steward.evidence.pdf.Labels;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.PaymentView;
import coop.steward.ledger.SessionView;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tables of the gigs, work sessions, payments and grievances a pack covers, rows recorded late marked as such. Days in
 * the long tables are ISO dates, which every reader parses alike and which leave room for the figures.
 */
final class RecordTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Labels labels;

    RecordTables(Labels labels) {
        this.labels = labels;
    }

    List<Table> of(PackScope scope) {
        Map<UUID, EngagementView> gigs = scope.engagementsById();
        CaseFile caseFile = new CaseFile(labels);
        return List.of(engagements(scope.engagements()), sessions(scope.sessions(), gigs),
                payments(scope.payments(), gigs), caseFile.grievances(scope.grievances(), gigs),
                caseFile.attachments(scope.grievances()));
    }

    private Table engagements(List<EngagementView> engagements) {
        List<TableRow> rows = engagements.stream().map(gig -> new TableRow(List.of(
                gig.vendorName(), text(gig.client()), text(gig.projectCodeName()), words(gig.taskKind()),
                words(gig.payBasis()), Amounts.money(gig.agreedRateMinor(), gig.currency()),
                words(gig.classification()), labels.date(gig.startDate()),
                gig.endDate() == null ? "" : labels.date(gig.endDate()), gig.jurisdiction()), gig.recordedLate()))
                .toList();
        return new Table(labels.get("table.engagements"), headers("vendor", "client", "project", "taskKind",
                "payBasis", "rate", "classification", "start", "end", "jurisdiction"), rows);
    }

    private Table sessions(List<SessionView> sessions, Map<UUID, EngagementView> gigs) {
        List<TableRow> rows = sessions.stream().map(session -> {
            ZoneId zone = ZoneId.of(session.timeZone());
            ZonedDateTime start = session.startedAt().atZone(zone);
            String end = session.endedAt() == null ? "" : TIME.format(session.endedAt().atZone(zone));
            int unpaid = session.unpaidMinutes().values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder detail = new StringBuilder();
            session.unpaidMinutes().entrySet().stream().filter(entry -> entry.getValue() > 0)
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> detail.append(detail.isEmpty() ? "" : ", ")
                            .append(labels.get("unpaidShort." + entry.getKey().name())).append(' ')
                            .append(entry.getValue()));
            return new TableRow(List.of(start.toLocalDate().toString(), TIME.format(start) + "–" + end,
                    gigs.get(session.engagementId()).vendorName(), Integer.toString(session.paidMinutes()),
                    Integer.toString(unpaid), detail.toString(),
                    session.tasksDone() + " / " + session.tasksRejected(), words(session.exposure())),
                    session.recordedLate());
        }).toList();
        return new Table(labels.get("table.sessions"), headers("date", "time", "vendor", "paidMinutes",
                "unpaidMinutes", "unpaidDetail", "tasks", "exposure"), rows);
    }

    private Table payments(List<PaymentView> payments, Map<UUID, EngagementView> gigs) {
        List<TableRow> rows = payments.stream().map(payment -> new TableRow(List.of(payment.paidOn().toString(),
                payment.periodStart() + " – " + payment.periodEnd(),
                gigs.get(payment.engagementId()).vendorName(), Amounts.money(payment.grossMinor(), payment.currency()),
                Amounts.money(payment.platformFeesMinor() + payment.transferFeesMinor(), payment.currency()),
                Amounts.money(payment.netMinor(), payment.currency()), words(payment.method())),
                payment.recordedLate())).toList();
        return new Table(labels.get("table.payments"), headers("paidOn", "periodCovered", "vendor", "gross", "fees",
                "net", "method"), rows);
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(key -> labels.get("column." + key)).toList();
    }

    /** An enum value as words that can wrap in a narrow column: {@code RLHF CONVERSATION}. */
    static String words(Enum<?> value) {
        return value.name().replace('_', ' ');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
