package coop.steward.organizing.dashboard;

import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.time.Instants;
import coop.steward.organizing.Organizations;
import coop.steward.organizing.disclosure.Rules;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/** Each organization's disclosure rules: the default ones, with the k its organizers chose (never below 3). */
@Singleton
public class DisclosureSettings {

    static final int MINIMUM_K = Rules.MINIMUM_K;
    static final int MAXIMUM_K = 100;

    private final OrganizationDisclosureRepository settings;
    private final Organizations organizations;
    private final AuditLog audit;
    private final Clock clock;

    DisclosureSettings(OrganizationDisclosureRepository settings, Organizations organizations, AuditLog audit,
                       Clock clock) {
        this.settings = settings;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules the organization's figures are published under. */
    @Transactional(readOnly = true)
    public Rules rules(UUID organizationId) {
        Rules defaults = Rules.defaults();
        return settings.findById(organizationId).map(own -> defaults.withK(own.k())).orElse(defaults);
    }

    /** Sets the organization's k; only its organizers may, for anyone else the organization does not exist. */
    @Transactional
    DisclosureView set(UUID organizationId, UUID organizerId, int k) {
        if (!organizations.isOrganizer(organizationId, organizerId)) {
            throw ProblemException.notFound("Organization");
        }
        if (k < MINIMUM_K || k > MAXIMUM_K) {
            throw ProblemException.invalid("k", "must be between " + MINIMUM_K + " and " + MAXIMUM_K);
        }
        OrganizationDisclosure chosen = new OrganizationDisclosure(organizationId, k, Instants.now(clock));
        if (settings.existsById(organizationId)) {
            settings.update(chosen);
        } else {
            settings.save(chosen);
        }
        audit.record(organizerId, ActorRole.ORGANIZER, "organization.disclosure-set", "organization", organizationId);
        return new DisclosureView(organizationId, k);
    }
}
