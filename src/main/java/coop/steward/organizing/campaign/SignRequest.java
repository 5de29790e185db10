package coop.steward.organizing.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Co-signs a campaign: named, with the name to print (typed for this letter only), or counted only. */
@Serdeable
public record SignRequest(@NotNull Boolean named, @Nullable @Size(max = 120) String printedName) {
}
