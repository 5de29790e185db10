package coop.steward.organizing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A grievance's share as the worker sees it: with whom, since when, whether escalated, and the organizers' notes. */
@Serdeable
public record ShareView(UUID grievanceId, OrganizationView organization, Instant sharedAt, @Nullable Instant escalatedAt,
                 @JsonInclude(JsonInclude.Include.ALWAYS) List<NoteView> notes) {
}
