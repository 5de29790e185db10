package coop.steward.organizing.dashboard;

import coop.steward.common.audit.AuditLog;
import coop.steward.common.digest.Sha256;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.Instants;
import coop.steward.organizing.Consents;
import coop.steward.organizing.Organizations;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.DisclosureControl;
import coop.steward.organizing.disclosure.NoiseKey;
import coop.steward.organizing.disclosure.Publication;
import coop.steward.organizing.disclosure.Rules;
import coop.steward.organizing.disclosure.TableSpec;
import coop.steward.organizing.rollup.RollupRow;
import coop.steward.organizing.rollup.Rollups;
import coop.steward.vendor.VendorRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures organizers and the public registry see: rollup rows of the workers who consent, as they consent now,
 * grouped by the registry's vendors and published through disclosure control, never anything else. A publication
 * is kept by everything it depends on (rollup version, registry version, who consents, k, window), so reading it
 * again is cheap and gives the very same figures, which also means repeating a read teaches nothing new.
 */
@Singleton
public class Dashboards {

    /** The linked tables of every organization's publication. */
    static final List<List<Dimension>> ORGANIZATION_TABLES = List.of(
            List.of(Dimension.VENDOR), List.of(Dimension.CLIENT), List.of(Dimension.TASK_KIND),
            List.of(Dimension.JURISDICTION), List.of(Dimension.VENDOR, Dimension.JURISDICTION));
    static final List<List<Dimension>> VENDOR_TABLES = List.of(
            List.of(Dimension.VENDOR), List.of(Dimension.VENDOR, Dimension.JURISDICTION));
    static final String READ = "organization.dashboard-read";
    static final String CSV_READ = "organization.dashboard-csv";
    private static final int KEPT = 64;

    private final Rollups rollups;
    private final Consents consents;
    private final Organizations organizations;
    private final VendorRegistry registry;
    private final DisclosureSettings settings;
    private final NoiseKey noiseKey;
    private final AuditLog audit;
    private final Clock clock;
    private final RecentPublications<Key, Computed> recent = new RecentPublications<>(KEPT);

    Dashboards(Rollups rollups, Consents consents, Organizations organizations, VendorRegistry registry,
               DisclosureSettings settings, NoiseKey noiseKey, AuditLog audit, Clock clock) {
        this.rollups = rollups;
        this.consents = consents;
        this.organizations = organizations;
        this.registry = registry;
        this.settings = settings;
        this.noiseKey = noiseKey;
        this.audit = audit;
        this.clock = clock;
    }

    private record Key(String scope, UUID id, long rollupVersion, long registryVersion, String population, int k,
                       YearMonth first) {
    }

    private record Computed(Instant at, Publication publication, Map<String, String> labels) {
    }

    /** The organization's publication over its currently aggregate-consenting members; audited; 404 when the viewer may not see it. */
    @Transactional
    public OrganizationFigures figures(UUID organizationId, UUID viewerAccountId) {
        return figures(organizationId, viewerAccountId, READ);
    }

    /**
     * Reads the figures and shapes them in one transaction with the audit line: a shape that refuses the request
     * (an unknown period, say) leaves no line for a read that did not happen.
     */
    @Transactional
    <T> T read(UUID organizationId, UUID viewerAccountId, String auditAction, Function<OrganizationFigures, T> shape) {
        return shape.apply(figures(organizationId, viewerAccountId, auditAction));
    }

    @Transactional
    OrganizationFigures figures(UUID organizationId, UUID viewerAccountId, String auditAction) {
        if (!organizations.isOrganizer(organizationId, viewerAccountId)) {
            throw ProblemException.notFound("Organization");
        }
        Rules rules = settings.rules(organizationId);
        List<YearMonth> window = DashboardWindow.of(clock);
        Set<UUID> members = consents.aggregateConsenting(organizationId);
        Key key = new Key("organization", organizationId, rollups.version(), registry.version(), digest(members),
                rules.k(), window.get(0));
        Computed computed = recent.get(key, () -> compute(members, window, rules, ORGANIZATION_TABLES, null));
        audit.record(viewerAccountId, "ORGANIZER", auditAction, "organization", organizationId);
        return new OrganizationFigures(organizationId, computed.at(), window, computed.publication(), computed.labels());
    }

    /** A vendor's figures over every worker who gives aggregate consent to at least one organization. Not audited here; the caller audits. */
    @Transactional
    public VendorFigures vendorFigures(UUID vendorId) {
        if (registry.find(vendorId).isEmpty()) {
            throw ProblemException.notFound("Vendor");
        }
        Rules rules = Rules.defaults();
        List<YearMonth> window = DashboardWindow.of(clock);
        Set<UUID> population = consents.aggregateConsentingAnywhere();
        Key key = new Key("vendor", vendorId, rollups.version(), registry.version(), digest(population), rules.k(),
                window.get(0));
        Computed computed = recent.get(key, () -> compute(population, window, rules, VENDOR_TABLES,
                vendorId.toString()));
        return new VendorFigures(vendorId, window, computed.publication(), computed.labels());
    }

    private Computed compute(Set<UUID> workers, List<YearMonth> window, Rules rules, List<List<Dimension>> tables,
                             @Nullable String onlyVendor) {
        FigureInputs inputs = new FigureInputs(registry);
        if (!workers.isEmpty()) {
            for (RollupRow row : rollups.forWorkers(workers, window.get(0), window.get(window.size() - 1))) {
                inputs.add(row, onlyVendor);
            }
        }
        FigureInputs.Built built = inputs.build();
        byte[] secret = noiseKey.secret();
        Publication publication = new DisclosureControl(rules, () -> secret.clone()).publish(
                tables.stream().map(dimensions -> new TableSpec(dimensions, window)).toList(), built.contributions());
        return new Computed(Instants.now(clock), publication, built.labels());
    }

    /** Who is counted, as one digest: the key changes the moment anyone's consent does. */
    private static String digest(Set<UUID> workers) {
        return Sha256.hex(workers.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
    }
}
