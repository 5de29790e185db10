package coop.steward.organizing.dashboard;

import coop.steward.organizing.disclosure.Rules;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything one publication is made from, read at one moment: the workers counted, the window, the rules, and a
 * key naming the versions of the rest (rollups, registry), so two readings with the same key make the same figures.
 */
record PublicationInputs(Key key, Set<UUID> workers, List<YearMonth> window, Rules rules, Instant readAt) {

    PublicationInputs {
        workers = Set.copyOf(workers);
        window = List.copyOf(window);
    }

    /** An organization's publication, or one vendor's for the public registry. */
    record Scope(String kind, UUID id) {

        static Scope organization(UUID organizationId) {
            return new Scope("organization", organizationId);
        }

        static Scope vendor(UUID vendorId) {
            return new Scope("vendor", vendorId);
        }

        boolean isVendor() {
            return kind.equals("vendor");
        }
    }

    /** What a release depends on: when any of it moves, the release is out of date. */
    record Key(Scope scope, long rollupVersion, long registryVersion, String population, int k, YearMonth first) {
    }
}
