package coop.steward.common.validation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

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

    @Singleton
    ConstraintValidator<Amount, Long> amountValidator() {
        return (value, annotation, context) -> value == null || SupportedRange.containsAmount(value);
    }

    @Singleton
    ConstraintValidator<BoundedPeriod, Object> boundedPeriodValidator() {
        return (value, annotation, context) -> {
            if (value == null) {
                return true;
            }
            LocalDate start = dateOf(value, annotation.stringValue("start").orElseThrow());
            String endName = annotation.stringValue("end").orElseThrow();
            LocalDate end = dateOf(value, endName);
            int maxDays = annotation.intValue("maxDays").orElseThrow();
            if (start == null || end == null || ChronoUnit.DAYS.between(start, end) <= maxDays) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "must be at most " + maxDays + " days after " + annotation.stringValue("start").orElseThrow())
                    .addPropertyNode(endName).addConstraintViolation();
            return false;
        };
    }

    @SuppressWarnings("unchecked")
    private static LocalDate dateOf(Object bean, String property) {
        BeanIntrospection<Object> introspection = (BeanIntrospection<Object>) BeanIntrospection.getIntrospection(bean.getClass());
        BeanProperty<Object, LocalDate> read = introspection.getRequiredProperty(property, LocalDate.class);
        return read.get(bean);
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
