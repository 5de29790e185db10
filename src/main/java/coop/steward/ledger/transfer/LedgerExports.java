package coop.steward.ledger.transfer;

import coop.steward.account.AccountService;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.PaymentView;
import coop.steward.ledger.Payments;
import coop.steward.ledger.Sessions;
import coop.steward.record.HashChain;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Exports a worker's ledger as one JSON document, or as a zip of CSV files that the import reads back. */
@Singleton
public class LedgerExports {

    private final AccountService accounts;
    private final Engagements engagements;
    private final Sessions sessions;
    private final Payments payments;
    private final HashChain chain;
    private final JsonMapper json;
    private final Clock clock;

    LedgerExports(AccountService accounts, Engagements engagements, Sessions sessions, Payments payments,
                  HashChain chain, JsonMapper json, Clock clock) {
        this.accounts = accounts;
        this.engagements = engagements;
        this.sessions = sessions;
        this.payments = payments;
        this.chain = chain;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LedgerExport export(UUID workerId) {
        return new LedgerExport(clock.instant(), accounts.get(workerId), engagements.list(workerId),
                sessions.list(workerId, null, null), payments.list(workerId, null, null), chain.verify(workerId));
    }

    @Transactional(readOnly = true)
    public byte[] zip(UUID workerId) {
        LedgerExport export = export(workerId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "account.json", json.writeValueAsBytes(export.account()));
            add(zip, "engagements.csv", engagementsCsv(export.engagements()).getBytes(StandardCharsets.UTF_8));
            add(zip, "sessions.csv", SessionCsv.write(export.sessions()).getBytes(StandardCharsets.UTF_8));
            add(zip, "payments.csv", paymentsCsv(export.payments()).getBytes(StandardCharsets.UTF_8));
            add(zip, "chain.json", json.writeValueAsBytes(export.chain()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String engagementsCsv(List<EngagementView> gigs) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "vendor_name",
                "client", "project_code_name", "task_kind", "pay_basis", "agreed_rate_minor", "currency",
                "classification", "written_contract", "health_benefits", "paid_leave", "payment_timeframe_days",
                "start_date", "end_date", "jurisdiction").get())) {
            for (EngagementView g : gigs) {
                printer.printRecord(g.id(), g.vendorName(), nullToEmpty(g.client()), nullToEmpty(g.projectCodeName()),
                        g.taskKind(), g.payBasis(), g.agreedRateMinor(), g.currency(), g.classification(),
                        g.writtenContract(), g.healthBenefits(), g.paidLeave(), nullToEmpty(g.paymentTimeframeDays()),
                        g.startDate(), nullToEmpty(g.endDate()), g.jurisdiction());
            }
        }
        return out.toString();
    }

    private static String paymentsCsv(List<PaymentView> paid) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "engagement_id",
                "paid_on", "period_start", "period_end", "gross_minor", "platform_fees_minor", "transfer_fees_minor",
                "net_minor", "currency", "method").get())) {
            for (PaymentView p : paid) {
                printer.printRecord(p.id(), p.engagementId(), p.paidOn(), p.periodStart(), p.periodEnd(), p.grossMinor(),
                        p.platformFeesMinor(), p.transferFeesMinor(), p.netMinor(), p.currency(), p.method());
            }
        }
        return out.toString();
    }

    private static Object nullToEmpty(Object value) {
        return value == null ? "" : value;
    }
}
