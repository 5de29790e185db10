package coop.steward.evidence.content;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/** A letter the worker sent (subject-access request, explanation request, payment demand) and its deadline. */
public record Letter(String title, @Nullable LocalDate sentOn, @Nullable LocalDate deadline, @Nullable String status) {

    public Letter {
        Objects.requireNonNull(title, "title");
    }
}
