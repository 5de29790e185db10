package coop.steward.organizing;

import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import coop.steward.guideline.PolicyTemplate;
import coop.steward.guideline.PolicyTemplateException;
import coop.steward.guideline.PolicyTemplateLoader;
import coop.steward.guideline.PolicyTemplates;
import coop.steward.guideline.WorkerGuidelines;
import coop.steward.guideline.model.Guideline;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An organization's own guidelines (a collective agreement, a campaign's demands): uploaded as YAML in the format of
 * {@code policy-templates/}, checked by the guideline feature's own loader, versioned, and read by the members.
 */
@Singleton
public class OrganizationGuidelines implements WorkerGuidelines {

    static final ProblemType INVALID = new ProblemType("guideline-invalid", HttpStatus.BAD_REQUEST,
            "The guideline cannot be used");
    static final ProblemType ID_TAKEN = new ProblemType("guideline-id-taken", HttpStatus.CONFLICT,
            "Another guideline already has this id");

    private final OrganizationGuidelineRepository guidelines;
    private final Organizations organizations;
    private final PolicyTemplates shipped;
    private final PolicyTemplateLoader loader = new PolicyTemplateLoader();
    private final Clock clock;

    OrganizationGuidelines(OrganizationGuidelineRepository guidelines, Organizations organizations,
                           PolicyTemplates shipped, Clock clock) {
        this.guidelines = guidelines;
        this.organizations = organizations;
        this.shipped = shipped;
        this.clock = clock;
    }

    /** Validates and stores a new version; a refused file stores nothing and names the file, the line and the reason. */
    @Transactional
    OrganizationGuidelineView upload(UUID organizationId, UUID organizerId, String fileName, String yaml) {
        organizations.requireOrganizer(organizationId, organizerId);
        Guideline guideline = parse(fileName, yaml);
        if (shipped.guideline(guideline.id()).isPresent() || guidelines.countElsewhere(guideline.id(), organizationId) > 0) {
            throw new ProblemException(ID_TAKEN, null,
                    List.of(new Violation("id", "'" + guideline.id() + "' is taken; choose another id")));
        }
        int version = guidelines.findFirstByOrganizationIdAndGuidelineIdOrderByVersionDesc(organizationId, guideline.id())
                .map(OrganizationGuideline::version).orElse(0) + 1;
        return guidelines.save(new OrganizationGuideline(UuidV7.generate(clock), organizationId, guideline.id(),
                version, guideline.title(), yaml, organizerId, Instants.now(clock))).view();
    }

    @Transactional(readOnly = true)
    List<OrganizationGuidelineView> list(UUID organizationId, UUID accountId) {
        requireVisible(organizationId, accountId);
        return guidelines.latestOf(organizationId).stream().map(OrganizationGuideline::view).toList();
    }

    /** The latest version, or the one asked for, parsed again from the stored YAML. */
    @Transactional(readOnly = true)
    Guideline get(UUID organizationId, UUID accountId, String guidelineId, Optional<Integer> version) {
        requireVisible(organizationId, accountId);
        OrganizationGuideline stored = version
                .flatMap(number -> guidelines.findByOrganizationIdAndGuidelineIdAndVersion(organizationId, guidelineId, number))
                .or(() -> version.isPresent() ? Optional.empty()
                        : guidelines.findFirstByOrganizationIdAndGuidelineIdOrderByVersionDesc(organizationId, guidelineId))
                .orElseThrow(() -> ProblemException.notFound("Guideline"));
        return parse(stored.guidelineId() + ".yaml", stored.sourceYaml());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Guideline> find(UUID workerId, String guidelineId) {
        return guidelines.latestOfMember(workerId, guidelineId)
                .map(stored -> parse(stored.guidelineId() + ".yaml", stored.sourceYaml()));
    }

    private void requireVisible(UUID organizationId, UUID accountId) {
        organizations.visibleTo(organizationId, accountId).orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    private Guideline parse(String fileName, String yaml) {
        PolicyTemplate template;
        try {
            template = loader.load(fileName,
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (PolicyTemplateException refused) {
            throw new ProblemException(INVALID, refused.getMessage(), List.of(
                    new Violation(refused.file() + ":" + refused.line(), refused.reason())));
        }
        if (template instanceof PolicyTemplate.GuidelineTemplate guideline) {
            return guideline.guideline();
        }
        throw new ProblemException(INVALID, "policy template " + fileName + ", line 1: kind must be guideline",
                List.of(new Violation(fileName + ":1", "kind must be guideline")));
    }
}
