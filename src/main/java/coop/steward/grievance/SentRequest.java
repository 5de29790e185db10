package coop.steward.grievance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** When a letter was sent; now, if the worker does not say. */
@Serdeable
public record SentRequest(@Nullable Instant sentAt) {
}
