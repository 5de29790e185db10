package coop.steward.guideline;

import coop.steward.guideline.model.Guideline;

import java.util.Optional;
import java.util.UUID;

/**
 * Guidelines beyond the shipped ones that one worker may hold their records against: the own guidelines of the
 * organizations they belong to. The organizing feature implements it.
 */
public interface WorkerGuidelines {

    /** The latest version of the guideline with this id, if one of the worker's organizations has it. */
    Optional<Guideline> find(UUID workerId, String guidelineId);
}
