package coop.steward.organizing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** An invitation to make: for members (the default) or organizers, how many may use it and for how many days. */
@Serdeable
public record CreateInvitationRequest(
        @Nullable InvitationRole role,
        @Nullable @Min(1) @Max(10_000) Integer maxUses,
        @Nullable @Min(1) @Max(90) Integer validDays) {

    InvitationRole roleOrMember() {
        return role == null ? InvitationRole.MEMBER : role;
    }

    int maxUsesOrOne() {
        return maxUses == null ? 1 : maxUses;
    }

    int validDaysOrFourteen() {
        return validDays == null ? 14 : validDays;
    }
}
