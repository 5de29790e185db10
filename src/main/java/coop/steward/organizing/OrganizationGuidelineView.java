package coop.steward.organizing;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An organization's guideline at its latest upload: its id, the upload's version number, its title and when. */
@Serdeable
record OrganizationGuidelineView(String id, int version, String title, Instant uploadedAt) {
}
