package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin gives to open an organization: its public face and the organizer account that will run it. */
@Serdeable
public record CreateOrganizationRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull OrganizationKind kind,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US or KE") String country,
        @NotNull @Size(max = 2000) String description,
        @NotBlank @Size(max = 32) String organizerHandle) {
}
