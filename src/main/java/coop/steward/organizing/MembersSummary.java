package coop.steward.organizing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An organization's members as its organizers see them: counts, and by handle only those who gave casework
 * consent. Nobody is named without it.
 */
@Serdeable
record MembersSummary(long members, long aggregateConsents, long caseworkConsents,
                      @JsonInclude(JsonInclude.Include.ALWAYS) List<String> caseworkHandles,
                      @JsonInclude(JsonInclude.Include.ALWAYS) List<String> organizers) {
}
