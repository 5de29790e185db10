package coop.steward.organizing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One grievance shared with one organization, from when it was shared until the worker ends it. */
@MappedEntity("grievance_share")
record GrievanceShare(@Id UUID id, UUID grievanceId, UUID workerId, UUID organizationId, Instant sharedAt,
                      @Nullable Instant escalatedAt, @Nullable Instant unsharedAt) {
}
