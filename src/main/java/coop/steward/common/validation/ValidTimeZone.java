package coop.steward.common.validation;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** An IANA time zone id such as {@code America/Chicago}; null passes (combine with {@code @NotNull}). */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
public @interface ValidTimeZone {
    String message() default "must be an IANA time zone such as America/Chicago or Africa/Nairobi";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
