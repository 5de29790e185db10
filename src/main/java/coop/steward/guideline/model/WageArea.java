package coop.steward.guideline.model;

/** A finer area within a jurisdiction that a gig may name ({@code kansas-city-mo-ks}, "Kansas City, MO-KS metro area"). */
public record WageArea(String id, String name) {
}
