package coop.steward.web;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every string of the web app exists in every language, and no language keeps a string nothing shows. */
class MessagesTest {

    private static final Path ASSETS = Path.of("src/main/resources/public/assets");
    private static final Pattern KEY_LITERAL = Pattern.compile("'([a-z]+\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)?)'");
    private static final Pattern CALL = Pattern.compile("\\bt\\('([a-z]+\\.[^']+)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "sw"})
    void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> english = messages("en").keySet();
        Set<String> other = messages(language).keySet();
        assertThat(difference(english, other)).as("keys missing from %s.json", language).isEmpty();
        assertThat(difference(other, english)).as("keys in %s.json that English does not have", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "sw"})
    void everyTranslationFillsInTheSamePlaceholders(String language) throws IOException {
        Map<String, String> english = messages("en");
        Map<String, String> other = messages(language);
        english.forEach((key, text) -> assertThat(placeholders(other.get(key)))
                .as("placeholders of %s in %s.json", key, language).isEqualTo(placeholders(text)));
    }

    @Test
    void everyKeyIsUsedByTheApp() throws IOException {
        Set<String> literals = scripts().flatMap(script -> matches(KEY_LITERAL, script)).collect(Collectors.toSet());
        assertThat(difference(messages("en").keySet(), literals)).as("keys no script uses").isEmpty();
    }

    @Test
    void everyStringTheAppAsksForExists() throws IOException {
        Set<String> asked = scripts().flatMap(script -> matches(CALL, script)).collect(Collectors.toSet());
        assertThat(difference(asked, messages("en").keySet())).as("keys the scripts ask for that en.json lacks").isEmpty();
    }

    private static Map<String, String> messages(String language) throws IOException {
        return ObjectMapper.getDefault().readValue(Files.readAllBytes(ASSETS.resolve("i18n/" + language + ".json")),
                Argument.mapOf(String.class, String.class));
    }

    private static Stream<String> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(ASSETS)) {
            return files.filter(file -> file.toString().endsWith(".js")).toList().stream().map(MessagesTest::read);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        Stream.Builder<String> found = Stream.builder();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.build();
    }

    private static Set<String> placeholders(String text) {
        return text == null ? Set.of() : matches(PLACEHOLDER, text).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
