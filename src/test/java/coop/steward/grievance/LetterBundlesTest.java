package coop.steward.grievance;

import coop.steward.common.validation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LetterBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyOfTheEnglishLettersExistsInEveryLanguageAndNoOtherKey(Language language) {
        assertThat(keys(language)).isEqualTo(keys(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTextFillsTheSamePlaceholdersAsTheEnglishOne(Language language) {
        Map<String, String> english = LetterComposer.WORDS.all().get(Language.EN);
        Map<String, String> translated = LetterComposer.WORDS.all().get(language);
        for (String key : keys(Language.EN)) {
            assertThat(translated.get(key)).as(key).isNotBlank();
            assertThat(placeholders(translated.get(key))).as(key).isEqualTo(placeholders(english.get(key)));
        }
    }

    @Test
    void everyCategoryHasAWordingInTheLetters() {
        Set<String> keys = keys(Language.EN);
        Arrays.stream(GrievanceCategory.values()).forEach(category ->
                assertThat(keys).contains("category." + category.name()));
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(LetterComposer.WORDS.all().get(language).keySet());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
