package coop.steward.vendor;

import coop.steward.common.audit.AuditLog;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.Instants;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.TypedVendorName;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The vendor names workers typed that the registry does not know yet, with how many workers use each. Curators
 * match a name to a vendor, make a vendor of it, or reject it; the workers' records stay as they were typed.
 */
@Singleton
class VendorQueue {

    private final Engagements engagements;
    private final VendorRegistry registry;
    private final RejectedVendorNameRepository rejected;
    private final AuditLog audit;
    private final Clock clock;

    VendorQueue(Engagements engagements, VendorRegistry registry, RejectedVendorNameRepository rejected,
                AuditLog audit, Clock clock) {
        this.engagements = engagements;
        this.registry = registry;
        this.rejected = rejected;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unmatched names, most used first; each spelling shown as most workers typed it. */
    @Transactional
    List<QueuedName> pending(UUID curatorId, String curatorRole) {
        Map<String, Set<UUID>> workersByName = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (TypedVendorName typed : engagements.typedVendorNames()) {
            String normalized = VendorNames.normalize(typed.vendorName());
            if (normalized.isEmpty() || registry.knows(normalized) || rejected.existsById(normalized)) {
                continue;
            }
            workersByName.computeIfAbsent(normalized, key -> new HashSet<>()).add(typed.workerId());
            spellings.computeIfAbsent(normalized, key -> new HashMap<>()).merge(typed.vendorName(), 1, Integer::sum);
        }
        audit.record(curatorId, curatorRole, "registry.queue-read", null, null);
        return workersByName.entrySet().stream()
                .map(entry -> new QueuedName(mostTyped(spellings.get(entry.getKey())), entry.getValue().size()))
                .sorted(Comparator.comparingLong(QueuedName::workers).reversed().thenComparing(QueuedName::name))
                .toList();
    }

    @Transactional
    VendorView match(UUID curatorId, String curatorRole, MatchRequest request) {
        VendorNameKind as = request.as() == null ? VendorNameKind.ALIAS : request.as();
        VendorView matched = registry.addName(request.vendorId(), new AddNameRequest(request.name(), as, request.clientId()));
        audit.record(curatorId, curatorRole, "registry.name-matched", "vendor", matched.id());
        return matched;
    }

    @Transactional
    VendorView createFrom(UUID curatorId, String curatorRole, CreateVendorRequest request) {
        VendorView created = registry.create(request);
        audit.record(curatorId, curatorRole, "registry.vendor-created", "vendor", created.id());
        return created;
    }

    @Transactional
    void reject(UUID curatorId, String curatorRole, String name) {
        String normalized = VendorNames.normalize(name);
        if (normalized.isEmpty()) {
            throw ProblemException.invalid("name", "must contain letters or digits");
        }
        if (registry.knows(normalized)) {
            throw ProblemException.invalid("name", "is a registry name; it cannot be rejected");
        }
        if (!rejected.existsById(normalized)) {
            rejected.save(new RejectedVendorName(normalized, Instants.now(clock)));
            audit.record(curatorId, curatorRole, "registry.name-rejected", null, null);
        }
    }

    private static String mostTyped(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
