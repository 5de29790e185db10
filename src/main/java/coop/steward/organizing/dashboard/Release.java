package coop.steward.organizing.dashboard;

import coop.steward.organizing.disclosure.Publication;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One complete publication as released: what it was made from ({@code inputs}, whose key says when it is out of
 * date), when the population was read and the release finished, and the figures themselves.
 */
record Release(PublicationInputs.Key key, Set<UUID> population, Instant populationReadAt, Instant publishedAt,
               List<YearMonth> window, Publication publication, Map<String, String> labels) {

    Release {
        population = Set.copyOf(population);
        window = List.copyOf(window);
        labels = Map.copyOf(labels);
    }

    int k() {
        return key.k();
    }
}
