package coop.steward.organizing.dashboard;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An organizer's choice of k: the fewest distinct workers a published cell may rest on. */
@Serdeable
record DisclosureRequest(@NotNull @Min(DisclosureSettings.MINIMUM_K) @Max(DisclosureSettings.MAXIMUM_K) Integer k) {
}
