package coop.steward.common.json;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Whole-number fields refuse fractions instead of truncating them: {@code "agreedRateMinor": 1500.5}
 * is half a cent, and silently storing 1500 would misstate what the worker was promised. They are read only
 * from JSON numbers: {@code true} is not 1 and {@code "1500"} not 1500.
 */
@Factory
class WholeNumbers {

    @Singleton
    Deserializer<Long> longs() {
        return new Deserializer<>() {
            @Override
            public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
                return whole(decoder).longValueExact();
            }

            @Override
            public Long getDefaultValue(DecoderContext context, Argument<? super Long> type) {
                return type.isPrimitive() ? 0L : null;
            }
        };
    }

    @Singleton
    Deserializer<Integer> integers() {
        return new Deserializer<>() {
            @Override
            public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
                    throws IOException {
                BigDecimal value = whole(decoder);
                try {
                    return value.intValueExact();
                } catch (ArithmeticException e) {
                    throw new RefusedValue("must be a whole number within ±2147483647", value);
                }
            }

            // A primitive left out of the JSON is zero, as it would be without this deserializer.
            @Override
            public Integer getDefaultValue(DecoderContext context, Argument<? super Integer> type) {
                return type.isPrimitive() ? 0 : null;
            }
        };
    }

    private static BigDecimal whole(Decoder decoder) throws IOException {
        Object token = decoder.decodeArbitrary();
        if (!(token instanceof Number number)) {
            throw new RefusedValue("must be a whole number", token);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number.toString());
        } catch (NumberFormatException notFinite) {
            throw new RefusedValue("must be a whole number", token);
        }
        if (value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new RefusedValue("must be a whole number", value);
        }
        return value;
    }
}
