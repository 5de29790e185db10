package coop.steward.vendor;

import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The curated registry of vendors and the names they go by. It resolves what workers typed when their records are
 * read for aggregates, and never rewrites a record: the mapping lives here alone.
 */
@Singleton
public class VendorRegistry {

    static final ProblemType NAME_TAKEN = new ProblemType("vendor-name-taken", HttpStatus.CONFLICT,
            "The registry already has this name");

    private final VendorRepository vendors;
    private final VendorNameRepository names;
    private final Clock clock;

    VendorRegistry(VendorRepository vendors, VendorNameRepository names, Clock clock) {
        this.vendors = vendors;
        this.names = names;
        this.clock = clock;
    }

    @Transactional
    public VendorView create(CreateVendorRequest request) {
        String name = request.name().strip();
        requireFree(name, "name");
        Instant now = Instants.now(clock);
        Vendor vendor = vendors.save(new Vendor(UuidV7.generate(clock), name, request.kind(), request.country(),
                request.website(), now));
        names.save(new VendorName(UuidV7.generate(clock), vendor.id(), name, VendorNames.normalize(name),
                VendorNameKind.CANONICAL, null, now));
        return view(vendor);
    }

    @Transactional
    public VendorView addName(UUID vendorId, AddNameRequest request) {
        Vendor vendor = require(vendorId);
        if (request.kind() == VendorNameKind.CANONICAL) {
            throw ProblemException.invalid("kind", "must be ALIAS or CODE_NAME; a vendor has one canonical name");
        }
        if (request.clientId() != null && request.kind() != VendorNameKind.CODE_NAME) {
            throw ProblemException.invalid("clientId", "only a project code name names a client");
        }
        if (request.clientId() != null && vendors.findById(request.clientId()).isEmpty()) {
            throw ProblemException.invalid("clientId", "is not a vendor of the registry");
        }
        String name = request.name().strip();
        requireFree(name, "name");
        names.save(new VendorName(UuidV7.generate(clock), vendor.id(), name, VendorNames.normalize(name),
                request.kind(), request.clientId(), Instants.now(clock)));
        return view(vendor);
    }

    /** Every canonical vendor with its names, by name: the public registry lists them. */
    @Transactional(readOnly = true)
    public List<VendorView> all() {
        return vendors.findAllOrderByName().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<VendorView> find(UUID vendorId) {
        return vendors.findById(vendorId).map(this::view);
    }

    /** What the worker's app offers as they type a vendor's name: at most ten registry names. */
    @Transactional(readOnly = true)
    List<Suggestion> suggest(String typed) {
        String normalized = VendorNames.normalize(typed);
        if (normalized.isEmpty()) {
            return List.of();
        }
        String like = normalized.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return names.suggestions(like + "%", "% " + like + "%").stream().map(name -> {
            Vendor vendor = vendors.findById(name.vendorId()).orElseThrow();
            return new Suggestion(name.name(), name.kind(), vendor.id(), vendor.name());
        }).toList();
    }

    /**
     * The canonical vendor behind what a worker recorded: the registry vendor they chose, else the vendor name they
     * typed, else the project code name. Empty when the registry does not know it yet: it then counts as itself.
     */
    @Transactional(readOnly = true)
    public Optional<ResolvedVendor> resolve(@Nullable UUID chosenVendorId, @Nullable String typedVendorName,
                                            @Nullable String projectCodeName) {
        if (chosenVendorId != null) {
            Optional<Vendor> chosen = vendors.findById(chosenVendorId);
            if (chosen.isPresent()) {
                return chosen.map(vendor -> new ResolvedVendor(vendor.id(), vendor.name(), VendorNameKind.CANONICAL,
                        null, null));
            }
        }
        return byName(typedVendorName).or(() -> byName(projectCodeName));
    }

    /**
     * Changes whenever the registry could resolve a name differently: names and vendors are only ever added, so their
     * counts serve. Caches of figures grouped by resolved vendor key on it.
     */
    @Transactional(readOnly = true)
    public long version() {
        return names.count() * 1_000_003L + vendors.count();
    }

    /** A typed name as the registry compares it: case, accents, punctuation and spacing folded. */
    public static String normalize(String typed) {
        return VendorNames.normalize(typed);
    }

    /** Whether the registry knows this name, in whatever spelling it is compared. */
    boolean knows(String typed) {
        return names.existsByNormalizedName(VendorNames.normalize(typed));
    }

    Vendor vendorOrInvalid(UUID vendorId) {
        return vendors.findById(vendorId)
                .orElseThrow(() -> ProblemException.invalid("vendorId", "is not a vendor of the registry"));
    }

    Vendor require(UUID vendorId) {
        return vendors.findById(vendorId).orElseThrow(() -> ProblemException.notFound("Vendor"));
    }

    private Optional<ResolvedVendor> byName(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return names.findByNormalizedName(VendorNames.normalize(typed)).map(name -> {
            Vendor vendor = vendors.findById(name.vendorId()).orElseThrow();
            Optional<Vendor> client = Optional.ofNullable(name.clientVendorId()).flatMap(vendors::findById);
            return new ResolvedVendor(vendor.id(), vendor.name(), name.kind(), client.map(Vendor::id).orElse(null),
                    client.map(Vendor::name).orElse(null));
        });
    }

    private void requireFree(String name, String field) {
        if (VendorNames.normalize(name).isEmpty()) {
            throw ProblemException.invalid(field, "must contain letters or digits");
        }
        if (knows(name)) {
            throw new ProblemException(NAME_TAKEN, null, List.of(new Violation(field, "is already in the registry")));
        }
    }

    private VendorView view(Vendor vendor) {
        List<VendorView.NameView> all = names.findByVendorIdOrderByName(vendor.id()).stream()
                .map(name -> {
                    Optional<Vendor> client = Optional.ofNullable(name.clientVendorId()).flatMap(vendors::findById);
                    return new VendorView.NameView(name.name(), name.kind(), client.map(Vendor::id).orElse(null),
                            client.map(Vendor::name).orElse(null));
                }).toList();
        return new VendorView(vendor.id(), vendor.name(), vendor.kind(), vendor.country(), vendor.website(), all);
    }
}
