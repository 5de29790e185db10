package coop.steward.organizing.dashboard;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The one stored disclosure noise secret (row id 1), as hex. */
@MappedEntity("disclosure_noise_key")
record NoiseKeyRow(@Id Integer id, String secretHex, Instant createdAt) {
}
