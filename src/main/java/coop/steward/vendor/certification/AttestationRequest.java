package coop.steward.vendor.certification;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The attestation: who signs for the vendor, in what capacity, on what day, and that the answers are true. */
@Serdeable
record AttestationRequest(@NotBlank @Size(max = 120) String name,
                          @NotBlank @Size(max = 120) String title,
                          @NotNull LocalDate date,
                          @NotNull @AssertTrue(message = "must be true: confirm that the answers are true")
                          Boolean confirmed) {
}
