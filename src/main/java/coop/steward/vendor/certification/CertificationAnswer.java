package coop.steward.vendor.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One criterion's answer; {@code questionJson} holds the question as answered, written at the attestation. */
@MappedEntity("vendor_certification_answer")
record CertificationAnswer(@EmbeddedId AnswerKey id, int position, @Nullable String questionJson,
                           @Nullable Answer answer, @Nullable String explanation, Instant updatedAt) {

    boolean complete() {
        return answer != null && explanation != null && !explanation.isBlank();
    }

    CertificationAnswer withQuestion(String json) {
        return new CertificationAnswer(id, position, json, answer, explanation, updatedAt);
    }
}
