package coop.steward.organizing.dashboard;

import coop.steward.common.audit.AuditLog;
import coop.steward.common.problem.ProblemException;
import coop.steward.organizing.Consents;
import coop.steward.organizing.Organizations;
import coop.steward.organizing.dashboard.PublicationInputs.Scope;
import coop.steward.vendor.VendorRegistry;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The figures organizers and the public registry see: rollup rows of the workers who consent, grouped by the
 * registry's vendors and published through disclosure control, never anything else. Publications are released in
 * the background by {@link Publisher} (ADR 0056); a read answers the latest release at once, except that it never
 * shows a release counting a worker who has since withdrawn, nor one made with another k than the organization's
 * now: it waits for the release without them.
 */
@Singleton
public class Dashboards {

    static final String READ = "organization.dashboard-read";
    static final String CSV_READ = "organization.dashboard-csv";
    /**
     * How far before a release read its population a withdrawal is still looked for: the withdrawal's time is taken
     * when its transaction writes, and that transaction may commit after the population was read.
     */
    static final Duration WITHDRAWAL_MARGIN = Duration.ofMinutes(1);

    private final Publisher publisher;
    private final Consents consents;
    private final Organizations organizations;
    private final VendorRegistry registry;
    private final DisclosureSettings settings;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;

    Dashboards(Publisher publisher, Consents consents, Organizations organizations, VendorRegistry registry,
               DisclosureSettings settings, AuditLog audit, TransactionOperations<Connection> transactions) {
        this.publisher = publisher;
        this.consents = consents;
        this.organizations = organizations;
        this.registry = registry;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The organization's latest release over its aggregate-consenting members; audited; 404 when the viewer may not see it. */
    public OrganizationFigures figures(UUID organizationId, UUID viewerAccountId) {
        return read(organizationId, viewerAccountId, READ, Function.identity());
    }

    /**
     * Reads the figures, then shapes them in one transaction with the audit line: a shape that refuses the request
     * (an unknown period, say) leaves no line for a read that did not happen. Waiting for a release, when a read must,
     * happens before that transaction, so a waiting reader holds no connection the publisher may need.
     */
    <T> T read(UUID organizationId, UUID viewerAccountId, String auditAction, Function<OrganizationFigures, T> shape) {
        OrganizationFigures figures = released(organizationId, viewerAccountId);
        return transactions.executeWrite(status -> {
            T shaped = shape.apply(figures);
            audit.record(viewerAccountId, "ORGANIZER", auditAction, "organization", organizationId);
            return shaped;
        });
    }

    private OrganizationFigures released(UUID organizationId, UUID viewerAccountId) {
        if (!organizations.isOrganizer(organizationId, viewerAccountId)) {
            throw ProblemException.notFound("Organization");
        }
        int k = settings.rules(organizationId).k();
        Publisher.Read read = publisher.read(Scope.organization(organizationId), release -> release.k() == k
                && noneWithdrew(release, consents.withdrawnSince(organizationId, since(release))));
        Release release = read.release();
        return new OrganizationFigures(organizationId, release.publishedAt(), read.newerComing(), release.window(),
                release.publication(), release.labels());
    }

    /** A vendor's figures over every worker who gives aggregate consent to at least one organization. Not audited here; the caller audits. */
    public VendorFigures vendorFigures(UUID vendorId) {
        if (registry.find(vendorId).isEmpty()) {
            throw ProblemException.notFound("Vendor");
        }
        Release release = publisher.read(Scope.vendor(vendorId),
                latest -> noneWithdrew(latest, consents.withdrawnEverywhereSince(since(latest)))).release();
        return new VendorFigures(vendorId, release.window(), release.publication(), release.labels());
    }

    private static Instant since(Release release) {
        return release.populationReadAt().minus(WITHDRAWAL_MARGIN);
    }

    private static boolean noneWithdrew(Release release, Set<UUID> withdrawn) {
        return withdrawn.stream().noneMatch(release.population()::contains);
    }
}
