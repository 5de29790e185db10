package coop.steward.vendor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A canonical vendor with every name it goes by: public, it holds nothing of any worker. */
@Serdeable
public record VendorView(UUID id, String name, VendorKind kind, @Nullable String country, @Nullable String website,
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<NameView> names) {

    /** One name of a vendor; a code name may name the client its project is for. */
    @Serdeable
    public record NameView(String name, VendorNameKind kind, @Nullable UUID clientId, @Nullable String clientName) {
    }
}
