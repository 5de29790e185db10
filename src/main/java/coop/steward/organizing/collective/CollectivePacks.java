package coop.steward.organizing.collective;

import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.config.PublicUrl;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;
import coop.steward.evidence.DocumentKind;
import coop.steward.evidence.SignedDocument;
import coop.steward.evidence.SignedDocuments;
import coop.steward.evidence.pdf.RenderedPdf;
import coop.steward.guideline.model.Guideline;
import coop.steward.organizing.OrganizationView;
import coop.steward.organizing.Organizations;
import coop.steward.organizing.collective.AggregateFinding.Status;
import coop.steward.organizing.collective.CollectivePackDocument.CellAssessment;
import coop.steward.organizing.collective.CollectivePackDocument.GuidelineFindings;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.Period;
import coop.steward.organizing.disclosure.PeriodKind;
import coop.steward.vendor.VendorRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Collective evidence packs: one vendor's published figures over an organization's window, the findings against
 * each guideline on them, the suppression method and the published cells attached, signed like a worker's pack.
 * Only the organization's organizers make and read them; anyone else is told the organization does not exist.
 */
@Singleton
public class CollectivePacks {

    static final String VERIFY_PAGE = "/verify";
    static final String NAME_PREFIX = "name:";

    private final Organizations organizations;
    private final OrganizationPublications publications;
    private final AggregateFindings findings;
    private final SignedDocuments documents;
    private final CollectivePackRepository packs;
    private final VendorRegistry vendors;
    private final AuditLog audit;
    private final String verifyAddress;

    CollectivePacks(Organizations organizations, OrganizationPublications publications, AggregateFindings findings,
                    SignedDocuments documents, CollectivePackRepository packs, VendorRegistry vendors, AuditLog audit,
                    PublicUrl publicUrl) {
        this.organizations = organizations;
        this.publications = publications;
        this.findings = findings;
        this.documents = documents;
        this.packs = packs;
        this.vendors = vendors;
        this.audit = audit;
        this.verifyAddress = publicUrl.resolve(VERIFY_PAGE);
    }

    /** Builds, signs and stores the collective pack for one vendor over the organization's window; audited. */
    public CollectivePackView create(UUID organizationId, UUID viewerAccountId, String vendorCoordinate, Language language) {
        return create(organizationId, viewerAccountId, vendorCoordinate, language, null);
    }

    /** As {@link #create(UUID, UUID, String, Language)}, against the named guidelines (null: every one loaded). */
    public CollectivePackView create(UUID organizationId, UUID viewerAccountId, String vendorCoordinate, Language language,
                                     @Nullable List<String> guidelineIds) {
        OrganizationView organization = organizer(organizationId, viewerAccountId);
        List<Guideline> guidelines = guidelineIds == null || guidelineIds.isEmpty() ? findings.guidelines()
                : guidelineIds.stream().distinct().map(findings::guideline).toList();
        OrganizationPublications.Figures figures = publications.figures(organizationId, viewerAccountId);
        VendorCells cells = new VendorCells(figures.publication(), vendorCoordinate);
        if (!cells.any()) {
            throw ProblemException.invalid("vendor", "has no figures in this organization's dashboard");
        }
        Period window = window(cells, figures);
        int k = figures.publication().rules().k();
        List<GuidelineFindings> assessed = new ArrayList<>();
        int met = 0;
        int breached = 0;
        int notEnough = 0;
        for (Guideline guideline : guidelines) {
            List<CellAssessment> perCell = new ArrayList<>();
            Map<String, Map<Dimension, String>> cellsAssessed = new LinkedHashMap<>();
            cellsAssessed.put(new CollectiveWords(language).format("findings.vendorTotal"), Map.of(Dimension.VENDOR, vendorCoordinate));
            for (String jurisdiction : cells.jurisdictions()) {
                cellsAssessed.put(jurisdiction, Map.of(Dimension.VENDOR, vendorCoordinate, Dimension.JURISDICTION, jurisdiction));
            }
            for (Map.Entry<String, Map<Dimension, String>> cell : cellsAssessed.entrySet()) {
                List<AggregateFinding> found = findings.assess(figures.publication(), cell.getValue(), guideline, language);
                for (AggregateFinding finding : found) {
                    if (finding.status() == Status.MET) {
                        met++;
                    } else if (finding.status() == Status.BREACHED) {
                        breached++;
                    } else {
                        notEnough++;
                    }
                }
                perCell.add(new CellAssessment(cell.getKey(), found));
            }
            assessed.add(new GuidelineFindings(guideline, perCell));
        }
        String vendorName = vendorName(vendorCoordinate);
        byte[] json = cells.json(organizationId.toString());
        CollectivePackDocument.Content content = new CollectivePackDocument.Content(organizationId, organization.name(),
                vendorName, cells, window, assessed, json, verifyAddress);
        CollectivePackDocument layout = new CollectivePackDocument(language, k);
        int[] pages = new int[1];
        SignedDocument signed = documents.create(DocumentKind.COLLECTIVE_PACK, organizationId, stamp -> {
            RenderedPdf pdf = layout.render(stamp, content);
            pages[0] = pdf.pageCount();
            return pdf.bytes();
        });
        CollectivePack pack = new CollectivePack(signed.id(), organizationId, vendorCoordinate, vendorName,
                window.first().toString(), window.last().toString(), language.code(), k,
                String.join(",", guidelines.stream().map(Guideline::id).toList()), met, breached, notEnough,
                viewerAccountId, signed.createdAt(), signed.sha256(), pages[0], signed.pdf().length);
        CollectivePackView view = packs.save(pack).view();
        audit.record(viewerAccountId, ActorRole.ORGANIZER, "collective-pack.created", "collective-pack", view.id());
        return view;
    }

    @Transactional(readOnly = true)
    public List<CollectivePackView> list(UUID organizationId, UUID viewerAccountId) {
        organizer(organizationId, viewerAccountId);
        return packs.findByOrganizationIdOrderByCreatedAtDesc(organizationId).stream().map(CollectivePack::view).toList();
    }

    /** The signed PDF, for an organizer of its organization; audited. */
    @Transactional
    public Optional<byte[]> pdf(UUID organizationId, UUID viewerAccountId, UUID packId) {
        if (!organizations.isOrganizer(organizationId, viewerAccountId)) {
            return Optional.empty();
        }
        Optional<byte[]> pdf = packs.findByIdAndOrganizationId(packId, organizationId)
                .flatMap(pack -> documents.find(pack.id()))
                .map(SignedDocument::pdf);
        pdf.ifPresent(found -> audit.record(viewerAccountId, ActorRole.ORGANIZER, "collective-pack.downloaded",
                "collective-pack", packId));
        return pdf;
    }

    private OrganizationView organizer(UUID organizationId, UUID viewerAccountId) {
        if (!organizations.isOrganizer(organizationId, viewerAccountId)) {
            throw ProblemException.notFound("Organization");
        }
        return organizations.visibleTo(organizationId, viewerAccountId)
                .orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    private static Period window(VendorCells cells, OrganizationPublications.Figures figures) {
        return cells.tables().stream().flatMap(table -> table.periods().stream())
                .filter(period -> period.kind() == PeriodKind.WINDOW).findFirst()
                .orElseGet(() -> new Period(Period.WINDOW, PeriodKind.WINDOW, figures.window().get(0),
                        figures.window().get(figures.window().size() - 1)));
    }

    /** The registry's name for a canonical vendor's id; an unmatched typed name is shown as typed. */
    private String vendorName(String coordinate) {
        if (coordinate.startsWith(NAME_PREFIX)) {
            return coordinate.substring(NAME_PREFIX.length());
        }
        try {
            return vendors.find(UUID.fromString(coordinate)).map(vendor -> vendor.name()).orElse(coordinate);
        } catch (IllegalArgumentException notAnId) {
            return coordinate;
        }
    }
}
