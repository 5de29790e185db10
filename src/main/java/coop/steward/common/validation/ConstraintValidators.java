package coop.steward.common.validation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The validators behind Steward's own constraints. */
@Factory
class ConstraintValidators {

    @Singleton
    ConstraintValidator<ValidTimeZone, String> timeZoneValidator() {
        return (value, annotation, context) -> value == null || isZone(value);
    }

    @Singleton
    ConstraintValidator<ValidJurisdiction, String> jurisdictionValidator() {
        return (value, annotation, context) -> value == null || Jurisdictions.isValid(value);
    }

    @Singleton
    ConstraintValidator<ValidCurrency, String> currencyValidator() {
        return (value, annotation, context) -> value == null || Currencies.isValid(value);
    }

    private static boolean isZone(String value) {
        // Only region ids: a fixed offset such as +03:00 would put weeks in the wrong place across DST.
        if (!value.contains("/") && !value.equals("UTC")) {
            return false;
        }
        try {
            ZoneId.of(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
