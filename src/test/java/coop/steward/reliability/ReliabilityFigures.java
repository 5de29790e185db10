package coop.steward.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The reliability suite's figures, one greppable line each ({@code RELIABILITY <name> db=<h2|mariadb> k=v ...}):
 * printed, and appended to {@code target/surefire-reports/reliability-figures.txt}, which {@code .ci/run} prints
 * after each pass.
 */
final class ReliabilityFigures {

    private static final Path FILE = Path.of("target", "surefire-reports", "reliability-figures.txt");

    private ReliabilityFigures() {
    }

    static String database() {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        return url != null && (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) ? "mariadb" : "h2";
    }

    static void record(String name, String figures) {
        String line = "RELIABILITY " + name + " db=" + database() + " " + figures;
        System.out.println(line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
