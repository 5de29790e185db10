package coop.steward.organizing.dashboard;

import coop.steward.common.problem.ProblemException;
import coop.steward.organizing.disclosure.Dimension;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The dimensions a dashboard can be read by, as the query spells them; there are no others. */
enum DashboardDimension {
    VENDOR("vendor", Dimension.VENDOR),
    CLIENT("client", Dimension.CLIENT),
    TASK_KIND("taskKind", Dimension.TASK_KIND),
    JURISDICTION("jurisdiction", Dimension.JURISDICTION);

    final String query;
    final Dimension dimension;

    DashboardDimension(String query, Dimension dimension) {
        this.query = query;
        this.dimension = dimension;
    }

    static DashboardDimension parse(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return VENDOR;
        }
        return Arrays.stream(values()).filter(value -> value.query.equals(query)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("dimension", "must be one of "
                        + Arrays.stream(values()).map(value -> value.query).collect(Collectors.joining(", "))));
    }
}
