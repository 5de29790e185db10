package coop.steward.vendor.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** A draft answer to one question: either part may still be missing; both are needed before attesting. */
@Serdeable
record AnswerRequest(@Nullable Answer answer, @Nullable @Size(max = AnswerRequest.MAX_EXPLANATION) String explanation) {

    static final int MAX_EXPLANATION = 4000;
}
