package coop.steward.organizing.collective;

import coop.steward.organizing.disclosure.Publication;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Where a collective pack reads an organization's publication from: the organizer dashboard's, so that the pack
 * and the dashboard show the very same cells. Answers 404 when the viewer may not see it; audits the read.
 */
interface OrganizationPublications {

    Figures figures(UUID organizationId, UUID viewerAccountId);

    /** The window's months and the publication over it. */
    record Figures(List<YearMonth> window, Publication publication) {
    }
}
