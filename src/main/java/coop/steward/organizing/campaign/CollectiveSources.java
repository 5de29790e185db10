package coop.steward.organizing.campaign;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;
import coop.steward.organizing.collective.AggregateFinding;
import coop.steward.organizing.collective.AggregateFindings;
import coop.steward.organizing.collective.CollectivePackView;
import coop.steward.organizing.collective.CollectivePacks;
import coop.steward.organizing.dashboard.Dashboards;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.Publication;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a campaign takes from the organization's collective evidence: the breached findings its demand starts from
 * (assessed on the dashboard's published figures only) and, at delivery, its signed collective pack for the vendor.
 */
@Singleton
class CollectiveSources implements CollectiveEvidence, BreachedFindings {

    /** The shipped guidelines a demand cites, in the order it cites them. */
    static final List<String> GUIDELINES = List.of("fairwork-cloudwork-2024", "pai-data-enrichment-2021");

    // Looked up when a campaign is delivered, not when campaigns start: packs are made only then.
    private final BeanProvider<CollectivePacks> packs;
    private final Dashboards dashboards;
    private final AggregateFindings findings;

    CollectiveSources(BeanProvider<CollectivePacks> packs, Dashboards dashboards, AggregateFindings findings) {
        this.packs = packs;
        this.dashboards = dashboards;
        this.findings = findings;
    }

    @Override
    public Pack create(UUID organizationId, UUID organizerId, UUID vendorId, Language language) {
        CollectivePacks collective = packs.get();
        CollectivePackView view = collective.create(organizationId, organizerId, vendorId.toString(), language);
        byte[] pdf = collective.pdf(organizationId, organizerId, view.id())
                .orElseThrow(() -> ProblemException.notFound("Collective pack"));
        return new Pack(view.id(), view.sha256(), pdf);
    }

    @Override
    public List<Breach> of(UUID organizationId, UUID organizerId, UUID vendorId, Language language) {
        Publication publication = dashboards.figures(organizationId, organizerId).publication();
        Map<Dimension, String> cell = Map.of(Dimension.VENDOR, vendorId.toString());
        return GUIDELINES.stream()
                .flatMap(guideline -> findings.assess(publication, cell, guideline, language).stream())
                .filter(finding -> finding.status() == AggregateFinding.Status.BREACHED)
                .map(finding -> new Breach(finding.principle(), finding.text(),
                        Objects.requireNonNullElse(finding.figure(), ""),
                        Objects.requireNonNullElse(finding.threshold(), "")))
                .toList();
    }
}
