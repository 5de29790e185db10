package coop.steward.organizing.dashboard;

import coop.steward.organizing.disclosure.Publication;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organization's published figures over its aggregate-consenting members, for the window's months. {@code labels}
 * names each coordinate for people: a vendor's registry name, a typed name as compared, a jurisdiction's code.
 * {@code publishedAt} is when the release was made; {@code newerComing} whether a newer one is being made or due.
 */
public record OrganizationFigures(UUID organizationId, Instant publishedAt, boolean newerComing, List<YearMonth> window,
                                  Publication publication, Map<String, String> labels) {

    public OrganizationFigures {
        window = List.copyOf(window);
        labels = Map.copyOf(labels);
    }
}
