package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Turns one consent on or off. */
@Serdeable
record ConsentRequest(@NotNull Boolean granted) {
}
