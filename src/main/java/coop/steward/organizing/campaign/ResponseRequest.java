package coop.steward.organizing.campaign;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The vendor's answer to a delivered campaign: when it came and what it said. */
@Serdeable
record ResponseRequest(@NotNull LocalDate respondedOn, @NotBlank @Size(max = 4000) String summary) {
}
