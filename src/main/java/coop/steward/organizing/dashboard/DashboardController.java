package coop.steward.organizing.dashboard;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.web.SignedInAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import java.util.UUID;

/**
 * An organization's dashboard for its organizers: one fixed dimension at a time, as JSON or CSV, and the k it is
 * published with. For every other account, and for a caller who is signed out, the organization does not exist.
 */
@Controller(DashboardController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    static final String PATH = "/api/organizations/{id}";
    static final String TEXT_CSV = "text/csv";

    private final Dashboards dashboards;
    private final DashboardViews views;
    private final DisclosureSettings settings;

    DashboardController(Dashboards dashboards, DashboardViews views, DisclosureSettings settings) {
        this.dashboards = dashboards;
        this.views = views;
        this.settings = settings;
    }

    /** The published figures by vendor (default), client, taskKind or jurisdiction; with vendor=, that vendor by jurisdiction. */
    @Operation(operationId = "organizationDashboard")
    @Get("/dashboard{?dimension,period,vendor}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    DashboardView dashboard(@Nullable Authentication auth, @Nullable @Header(HttpHeaders.AUTHORIZATION) String credential,
                            UUID id, @Nullable @QueryValue String dimension, @Nullable @QueryValue String period,
                            @Nullable @QueryValue String vendor) {
        UUID viewer = viewer(auth, credential);
        DashboardDimension chosen = DashboardDimension.parse(dimension);
        return dashboards.read(id, viewer, Dashboards.READ,
                figures -> views.view(figures, chosen, period, vendor));
    }

    /** Exactly the cells of the same view, one CSV line each. */
    @Operation(operationId = "organizationDashboardCsv")
    @Get(value = "/dashboard.csv{?dimension,period,vendor}", produces = TEXT_CSV)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> csv(@Nullable Authentication auth, @Nullable @Header(HttpHeaders.AUTHORIZATION) String credential,
                             UUID id, @Nullable @QueryValue String dimension, @Nullable @QueryValue String period,
                             @Nullable @QueryValue String vendor) {
        UUID viewer = viewer(auth, credential);
        DashboardDimension chosen = DashboardDimension.parse(dimension);
        DashboardView view = dashboards.read(id, viewer, Dashboards.CSV_READ,
                figures -> views.view(figures, chosen, period, vendor));
        return HttpResponse.ok(DashboardCsv.write(view)).contentType(MediaType.of(TEXT_CSV + "; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dashboard-" + chosen.query + ".csv\"");
    }

    /** Sets the organization's k (3 or more): the fewest distinct workers a published cell may rest on. */
    @Operation(operationId = "setOrganizationDisclosure")
    @Put("/disclosure")
    DisclosureView disclosure(Authentication auth, UUID id, @Body @Valid DisclosureRequest request) {
        return settings.set(id, SignedInAccount.idOf(auth), request.k());
    }

    /**
     * Signed out, a dashboard answers 404 as it does to every account that may not see it, so nobody learns which
     * organizations exist. A credential that fails (expired, forged, an erased account's) still answers 401: that
     * is how a client learns to refresh its token rather than conclude the organization is gone.
     */
    private static UUID viewer(@Nullable Authentication auth, @Nullable String credential) {
        if (auth != null) {
            return SignedInAccount.idOf(auth);
        }
        if (credential != null) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, null);
        }
        throw ProblemException.notFound("Organization");
    }
}
