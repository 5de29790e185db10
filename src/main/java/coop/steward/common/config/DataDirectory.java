package coop.steward.common.config;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The instance's own directory ({@code ./data} by default): the embedded database and dev's generated keys. */
@Singleton
public class DataDirectory {

    private final Path root;

    DataDirectory(@Value("${steward.data-dir:./data}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /** A file under the directory, creating the directory if it is not there yet. */
    public Path resolve(String name) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root, e);
        }
        return root.resolve(name);
    }
}
