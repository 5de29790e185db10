package coop.steward.organizing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A union, co-op or worker centre that workers may join and grant consent to. */
@MappedEntity("organization")
record Organization(@Id UUID id, String name, OrganizationKind kind, String country, String description,
                    Instant createdAt) {

    OrganizationView view() {
        return new OrganizationView(id, name, kind, country, description, createdAt);
    }
}
