package coop.steward.vendor.certification;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** Which criterion of which certification an answer is for. */
@Embeddable
record AnswerKey(@MappedProperty("certification_id") UUID certificationId,
                 @MappedProperty("criterion_id") String criterionId) {
}
