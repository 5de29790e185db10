package coop.steward.organizing.dashboard;

import coop.steward.common.digest.Sha256;
import coop.steward.common.time.Instants;
import coop.steward.organizing.Consents;
import coop.steward.organizing.dashboard.PublicationInputs.Key;
import coop.steward.organizing.dashboard.PublicationInputs.Scope;
import coop.steward.organizing.disclosure.Dimension;
import coop.steward.organizing.disclosure.DisclosureControl;
import coop.steward.organizing.disclosure.NoiseKey;
import coop.steward.organizing.disclosure.Publication;
import coop.steward.organizing.disclosure.Rules;
import coop.steward.organizing.disclosure.PeriodKind;
import coop.steward.organizing.disclosure.TableSpec;
import coop.steward.organizing.rollup.RollupRow;
import coop.steward.organizing.rollup.Rollups;
import coop.steward.vendor.VendorRegistry;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes publications: reads what one depends on, and from that the members' rollup rows, through disclosure
 * control. The one expensive thing a dashboard does; {@link Publisher} runs it off the request threads.
 */
@Singleton
class PublicationMaker {

    /** The linked tables of every organization's publication. */
    static final List<List<Dimension>> ORGANIZATION_TABLES = List.of(
            List.of(Dimension.VENDOR), List.of(Dimension.CLIENT), List.of(Dimension.TASK_KIND),
            List.of(Dimension.JURISDICTION), List.of(Dimension.VENDOR, Dimension.JURISDICTION));
    static final List<List<Dimension>> VENDOR_TABLES = List.of(
            List.of(Dimension.VENDOR), List.of(Dimension.VENDOR, Dimension.JURISDICTION));

    private final Rollups rollups;
    private final Consents consents;
    private final VendorRegistry registry;
    private final DisclosureSettings settings;
    private final NoiseKey noiseKey;
    private final Clock clock;

    PublicationMaker(Rollups rollups, Consents consents, VendorRegistry registry, DisclosureSettings settings,
                     NoiseKey noiseKey, Clock clock) {
        this.rollups = rollups;
        this.consents = consents;
        this.registry = registry;
        this.settings = settings;
        this.noiseKey = noiseKey;
        this.clock = clock;
    }

    /** What the scope's publication would be made from now; cheap next to making it. */
    PublicationInputs inputs(Scope scope) {
        return inputs(scope, new Moment());
    }

    /** The same, sharing with the other publications checked at this moment what they all read. */
    PublicationInputs inputs(Scope scope, Moment moment) {
        Instant readAt = Instants.now(clock);
        Rules rules = scope.isVendor() ? Rules.defaults() : settings.rules(scope.id());
        List<YearMonth> window = DashboardWindow.of(clock);
        long rollupVersion = moment.rollupVersion();
        long registryVersion = moment.registryVersion();
        Set<UUID> workers = scope.isVendor() ? moment.anywhere() : consents.aggregateConsenting(scope.id());
        Key key = new Key(scope, rollupVersion, registryVersion, moment.digest(workers), rules.k(), window.get(0));
        return new PublicationInputs(key, workers, window, rules, readAt);
    }

    /**
     * What every publication's inputs share, read once per check however many publications are checked: the two
     * versions, and the population every vendor's figures count (one digest for all of them).
     */
    final class Moment {

        private Long rollupVersion;
        private Long registryVersion;
        private Set<UUID> anywhere;
        private String anywhereDigest;

        long rollupVersion() {
            if (rollupVersion == null) {
                rollupVersion = rollups.version();
            }
            return rollupVersion;
        }

        long registryVersion() {
            if (registryVersion == null) {
                registryVersion = registry.version();
            }
            return registryVersion;
        }

        Set<UUID> anywhere() {
            if (anywhere == null) {
                anywhere = consents.aggregateConsentingAnywhere();
            }
            return anywhere;
        }

        String digest(Set<UUID> workers) {
            if (workers != anywhere) {
                return PublicationMaker.digest(workers);
            }
            if (anywhereDigest == null) {
                anywhereDigest = PublicationMaker.digest(workers);
            }
            return anywhereDigest;
        }
    }

    /** The publication of these inputs. */
    Release make(PublicationInputs inputs) {
        Scope scope = inputs.key().scope();
        List<YearMonth> window = inputs.window();
        FigureInputs figures = new FigureInputs(registry);
        String onlyVendor = scope.isVendor() ? scope.id().toString() : null;
        if (!inputs.workers().isEmpty()) {
            for (RollupRow row : rollups.forWorkers(inputs.workers(), window.get(0), window.get(window.size() - 1))) {
                figures.add(row, onlyVendor);
            }
        }
        FigureInputs.Built built = figures.build();
        byte[] secret = noiseKey.secret();
        List<List<Dimension>> tables = scope.isVendor() ? VENDOR_TABLES : ORGANIZATION_TABLES;
        Publication publication = new DisclosureControl(inputs.rules(), () -> secret.clone()).publish(
                tables.stream().map(dimensions -> new TableSpec(dimensions, window, finestPeriodOf(dimensions)))
                        .toList(), built.contributions());
        return new Release(inputs.key(), inputs.workers(), inputs.readAt(), Instants.now(clock), window, publication,
                built.labels());
    }

    /**
     * A crossing of two dimensions is published over the window only (ADR 0055): by month nearly all its cells rest
     * on fewer than k workers, and protecting them withheld the months of every table linked to it.
     */
    static PeriodKind finestPeriodOf(List<Dimension> dimensions) {
        return dimensions.size() > 1 ? PeriodKind.WINDOW : PeriodKind.MONTH;
    }

    /** Who is counted, as one digest: the key changes the moment anyone's consent does. */
    private static String digest(Set<UUID> workers) {
        return Sha256.hex(workers.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
    }
}
