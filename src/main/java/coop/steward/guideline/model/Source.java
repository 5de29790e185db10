package coop.steward.guideline.model;

import java.time.LocalDate;

/** Where a figure or a text comes from, and when we read it. */
public record Source(String name, String url, LocalDate retrieved) {
}
