package coop.steward.record.web;

import coop.steward.common.problem.Problem;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Problems;
import coop.steward.record.RevisionConflict;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a write the stored revisions refused as a problem of its own kind. */
@Singleton
final class RevisionConflictHandler implements ExceptionHandler<RevisionConflict, HttpResponse<Problem>> {

    static final ProblemType RECORD_EXISTS = new ProblemType("record-exists", HttpStatus.CONFLICT,
            "A different record with this id exists; send If-Match with its revision to correct it");
    static final ProblemType RECORD_DELETED = new ProblemType("record-deleted", HttpStatus.CONFLICT,
            "The record was deleted; its history remains");

    // ExceptionHandler declares the raw HttpRequest, so an override cannot name its body type.
    @SuppressWarnings("rawtypes")
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RevisionConflict conflict) {
        ProblemType type = switch (conflict.reason()) {
            case EXISTS -> RECORD_EXISTS;
            case DELETED -> RECORD_DELETED;
            case STALE -> ProblemType.PRECONDITION_FAILED;
        };
        return Problems.respond(HttpResponse.status(type.status()), request, type, conflict.detail(),
                conflict.violations());
    }
}
