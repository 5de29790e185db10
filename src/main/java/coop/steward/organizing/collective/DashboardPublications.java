package coop.steward.organizing.collective;

import coop.steward.organizing.dashboard.Dashboards;
import coop.steward.organizing.dashboard.OrganizationFigures;
import jakarta.inject.Singleton;

import java.util.UUID;

/** The organizer dashboard's publication, so a collective pack shows exactly the dashboard's cells (audited there). */
@Singleton
class DashboardPublications implements OrganizationPublications {

    private final Dashboards dashboards;

    DashboardPublications(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public Figures figures(UUID organizationId, UUID viewerAccountId) {
        OrganizationFigures figures = dashboards.figures(organizationId, viewerAccountId);
        return new Figures(figures.window(), figures.publication());
    }
}
