package coop.steward.vendor.publicregistry;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads an id from a path: only the canonical 36-character spelling, so no other text is ever looked up. */
final class RegistryIds {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RegistryIds() {
    }

    static Optional<UUID> parse(String text) {
        return text != null && UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }
}
