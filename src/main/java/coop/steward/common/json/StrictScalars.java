package coop.steward.common.json;

import coop.steward.common.validation.SupportedRange;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Every text, yes/no, date and instant is read only from the JSON type that holds it: {@code 1} is no
 * {@code true}, {@code 0} no date and {@code 123} no name. Dates and instants must lie in
 * {@link SupportedRange}, and text must be well-formed Unicode, so that what is hashed into the chain is
 * exactly what every database stores and reads back.
 */
@Factory
class StrictScalars {

    @Singleton
    Deserializer<String> strings() {
        return (decoder, context, type) -> wellFormed(stringToken(decoder, "must be a string"));
    }

    @Singleton
    Deserializer<Boolean> booleans() {
        return new Deserializer<>() {
            @Override
            public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
                    throws IOException {
                Object value = decoder.decodeArbitrary();
                if (value instanceof Boolean yesOrNo) {
                    return yesOrNo;
                }
                throw new RefusedValue("must be true or false", value);
            }

            // A primitive left out of the JSON is false, as it would be without this deserializer.
            @Override
            public Boolean getDefaultValue(DecoderContext context, Argument<? super Boolean> type) {
                return type.isPrimitive() ? Boolean.FALSE : null;
            }
        };
    }

    @Singleton
    Deserializer<LocalDate> dates() {
        return (decoder, context, type) -> {
            String text = stringToken(decoder, SupportedRange.DATE_MESSAGE);
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                if (SupportedRange.contains(date)) {
                    return date;
                }
            } catch (DateTimeException unreadable) {
                // answered below, with the range
            }
            throw new RefusedValue(SupportedRange.DATE_MESSAGE, text);
        };
    }

    @Singleton
    Deserializer<Instant> instants() {
        return (decoder, context, type) -> {
            String text = stringToken(decoder, SupportedRange.INSTANT_MESSAGE);
            try {
                Instant instant = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
                if (SupportedRange.contains(instant)) {
                    return instant;
                }
            } catch (DateTimeException unreadable) {
                // answered below, with the range
            }
            throw new RefusedValue(SupportedRange.INSTANT_MESSAGE, text);
        };
    }

    private static String stringToken(Decoder decoder, String expectation) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof String text) {
            return text;
        }
        throw new RefusedValue(expectation, value);
    }

    /** A lone UTF-16 surrogate cannot be stored in utf8mb4 (MariaDB keeps {@code ?}), so the text is refused. */
    static String wellFormed(String text) throws RefusedValue {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new RefusedValue("must be well-formed Unicode text (a lone UTF-16 surrogate at position " + i + ")",
                        text);
            }
        }
        return text;
    }
}
