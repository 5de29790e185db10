package coop.steward.organizing;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.steward.grievance.GrievanceView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A shared grievance as its organization's organizers see it: the grievance with its attachments and letters, the
 * worker's handle, and the notes. Nothing else of the worker.
 */
@Serdeable
record CaseView(GrievanceView grievance, String workerHandle, Instant sharedAt, @Nullable Instant escalatedAt,
                @JsonInclude(JsonInclude.Include.ALWAYS) List<NoteView> notes) {
}
