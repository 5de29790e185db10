package coop.steward.evidence.assembly;

import coop.steward.account.AccountService;
import coop.steward.account.AccountView;
import coop.steward.common.config.PublicUrl;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.ReportingPeriod;
import coop.steward.common.validation.Language;
import coop.steward.evidence.content.Cover;
import coop.steward.evidence.content.Integrity;
import coop.steward.evidence.content.PackContent;
import coop.steward.evidence.pdf.Labels;
import coop.steward.grievance.GrievanceStatus;
import coop.steward.grievance.GrievanceView;
import coop.steward.grievance.Grievances;
import coop.steward.guideline.PolicyTemplates;
import coop.steward.guideline.WorkLogSource;
import coop.steward.guideline.WorkerGuidelines;
import coop.steward.guideline.model.Assessment;
import coop.steward.guideline.model.Assessor;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.WorkLog;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.LedgerSummaries;
import coop.steward.ledger.LedgerSummary;
import coop.steward.ledger.PaymentView;
import coop.steward.ledger.Payments;
import coop.steward.ledger.SessionView;
import coop.steward.ledger.Sessions;
import coop.steward.record.ChainHead;
import coop.steward.record.HashChain;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds an evidence pack's content from the worker's real records: the ledger for the period, the assessments
 * against the chosen guidelines, and the head of the worker's hash chain, all read in one transaction so that
 * the figures, the tables and the embedded records agree with each other.
 */
@Singleton
public class PackAssembler {

    /** The public page where anyone uploads a pack to check it (it posts to {@code /api/verify}). */
    static final String VERIFY_PAGE = "/verify";

    private final AccountService accounts;
    private final Engagements engagements;
    private final Sessions sessions;
    private final Payments payments;
    private final Grievances grievances;
    private final LedgerSummaries summaries;
    private final HashChain chain;
    private final PolicyTemplates templates;
    private final WorkLogSource workLogs;
    private final WorkerGuidelines workerGuidelines;
    private final String verifyAddress;
    private final Clock clock;

    PackAssembler(AccountService accounts, Engagements engagements, Sessions sessions, Payments payments,
                  Grievances grievances, LedgerSummaries summaries, HashChain chain, PolicyTemplates templates, WorkLogSource workLogs,
                  WorkerGuidelines workerGuidelines, PublicUrl publicUrl,
                  Clock clock) {
        this.accounts = accounts;
        this.engagements = engagements;
        this.sessions = sessions;
        this.payments = payments;
        this.grievances = grievances;
        this.summaries = summaries;
        this.chain = chain;
        this.templates = templates;
        this.workLogs = workLogs;
        this.workerGuidelines = workerGuidelines;
        this.verifyAddress = publicUrl.resolve(VERIFY_PAGE);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AssembledPack assemble(UUID workerId, PackRequest request) {
        ReportingPeriod.check(request.from(), request.to());
        List<Guideline> guidelines = guidelines(workerId, request.guidelineIds());
        List<EngagementView> gigs = engagements(workerId, request.engagementIds());
        AccountView worker = accounts.get(workerId);
        ZoneId zone = ZoneId.of(worker.timeZone());
        PackScope scope = scope(workerId, request, zone, gigs, guidelines);
        Labels labels = new Labels(scope.language());

        LedgerSummary summary = summaries.summarize(workerId, request.from(), request.to());
        List<AssessedGuideline> assessments = assess(scope);
        ChainHead head = chain.head(workerId);
        byte[] json = RecordsJson.of(scope, chain.revisions(workerId), head);

        PackContent content = new PackContent(
                new Cover(worker.handle(), request.legalName(), request.from(), request.to(), scope.language(), zone),
                new HeadlineFigures(labels).of(assessments),
                new SummaryFigures(labels, templates.tables()).of(scope, summary, assessments),
                FindingEntries.of(labels, assessments),
                WeeklyCharts.of(scope, summary, assessments, templates.tables()),
                new RecordTables(labels).of(scope),
                CaseFile.letters(labels, scope),
                new Integrity(head.hash(), head.seq(), verifyAddress));
        return new AssembledPack(content, json, head.hash());
    }

    private List<Guideline> guidelines(UUID workerId, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return templates.guidelines();
        }
        List<Guideline> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            chosen.add(templates.guideline(id).or(() -> workerGuidelines.find(workerId, id)).orElseThrow(
                    () -> ProblemException.invalid("guidelineIds", "no guideline with the id " + id)));
        }
        return chosen;
    }

    /** The worker's live gigs asked for; one that is not theirs reads exactly like one that does not exist. */
    private List<EngagementView> engagements(UUID workerId, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return engagements.list(workerId);
        }
        List<EngagementView> chosen = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            chosen.add(engagements.find(workerId, id).orElseThrow(
                    () -> ProblemException.invalid("engagementIds", "lists an engagement that is not one of yours")));
        }
        return chosen;
    }

    private PackScope scope(UUID workerId, PackRequest request, ZoneId zone, List<EngagementView> gigs,
                            List<Guideline> guidelines) {
        Set<UUID> gigIds = new LinkedHashSet<>();
        gigs.forEach(gig -> gigIds.add(gig.id()));
        // As the ledger summary counts them: a session belongs to the day it started in the zone it was recorded in.
        List<SessionView> work = sessions.list(workerId, null, null).stream()
                .filter(session -> gigIds.contains(session.engagementId()))
                .filter(session -> {
                    LocalDate day = session.startedAt().atZone(ZoneId.of(session.timeZone())).toLocalDate();
                    return !day.isBefore(request.from()) && !day.isAfter(request.to());
                })
                .toList();
        // A payment belongs if it was made in the period or pays for time in it: it may arrive months late.
        List<PaymentView> pay = payments.list(workerId, null, null).stream()
                .filter(payment -> gigIds.contains(payment.engagementId()))
                .filter(payment -> !payment.paidOn().isBefore(request.from()) && !payment.paidOn().isAfter(request.to())
                        || !payment.periodEnd().isBefore(request.from()) && !payment.periodStart().isAfter(request.to()))
                .toList();
        // A draft is the worker's note to self, not yet a grievance they have raised.
        List<GrievanceView> cases = grievances.list(workerId).stream()
                .filter(grievance -> grievance.status() != GrievanceStatus.DRAFT)
                .filter(grievance -> gigIds.contains(grievance.engagementId()))
                .filter(grievance -> !grievance.happenedOn().isBefore(request.from())
                        && !grievance.happenedOn().isAfter(request.to()))
                .sorted(Comparator.comparing(GrievanceView::happenedOn))
                .toList();
        return new PackScope(workerId, request.from(), request.to(), zone, Language.of(request.language()), gigs, work,
                pay, cases, guidelines);
    }

    private List<AssessedGuideline> assess(PackScope scope) {
        WorkLog all = workLogs.load(scope.workerId(), scope.from(), scope.to());
        Set<UUID> gigIds = scope.engagementsById().keySet();
        WorkLog chosen = new WorkLog(all.workerId(), all.zone(),
                all.engagements().stream().filter(gig -> gigIds.contains(gig.id())).toList(),
                all.sessions().stream().filter(session -> gigIds.contains(session.engagementId())).toList(),
                all.payments().stream().filter(payment -> gigIds.contains(payment.engagementId())).toList());
        Assessor assessor = new Assessor(templates.tables());
        LocalDate today = LocalDate.ofInstant(clock.instant(), scope.zone());
        return scope.guidelines().stream()
                .map(guideline -> new AssessedGuideline(guideline, assessor.assess(guideline, chosen, scope.from(),
                        scope.to(), today, scope.language())))
                .toList();
    }

    /** A guideline with the assessment of the pack's records against it. */
    record AssessedGuideline(Guideline guideline, Assessment assessment) {
    }
}
