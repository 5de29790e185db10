package coop.steward.common.validation;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Two date properties of a request that span at most {@link #maxDays()} days, the later one named when they do
 * not: a period that never ends would make every later computation over it run out of memory. Either left
 * empty, or the end before the start, passes (another rule says so).
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Repeatable(BoundedPeriod.List.class)
@Constraint(validatedBy = {})
public @interface BoundedPeriod {
    String start();

    String end();

    int maxDays();

    String message() default "must be at most {maxDays} days after {start}";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};

    /** Several bounded periods on one request. */
    @Documented
    @Retention(RUNTIME)
    @Target(TYPE)
    @interface List {
        BoundedPeriod[] value();
    }
}
