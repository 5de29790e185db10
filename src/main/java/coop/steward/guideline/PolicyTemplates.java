package coop.steward.guideline;

import coop.steward.guideline.model.FxRate;
import coop.steward.guideline.model.FxRates;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.ReferenceTables;
import coop.steward.guideline.model.WageEntry;
import coop.steward.guideline.model.Wages;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The guidelines, wage tables and FX rates in force: those shipped in the jar, extended or overridden (same guideline
 * id, jurisdiction or currency) by the directory {@code steward.policy-templates.dir}. Loaded at start-up, so a
 * broken template stops the start.
 */
@Context
public class PolicyTemplates {

    static final String CLASSPATH_ROOT = "policy-templates";
    private static final List<String> FOLDERS = List.of("guidelines", "wages", "fx");

    private final Map<String, Guideline> guidelines;
    private final ReferenceTables tables;

    PolicyTemplates(@Nullable @Value("${steward.policy-templates.dir}") String directory) {
        PolicyTemplateLoader loader = new PolicyTemplateLoader(true);
        Map<String, PolicyTemplate> byKey = new LinkedHashMap<>();
        for (PolicyTemplate template : loadAll(loader, shippedRoot())) {
            byKey.put(template.key(), template);
        }
        if (directory != null && !directory.isBlank()) {
            for (PolicyTemplate template : loadAll(loader, Path.of(directory))) {
                byKey.put(template.key(), template);
            }
        }
        this.guidelines = guidelinesOf(byKey.values());
        this.tables = tablesOf(byKey.values());
    }

    public List<Guideline> guidelines() {
        return List.copyOf(guidelines.values());
    }

    public Optional<Guideline> guideline(String id) {
        return Optional.ofNullable(guidelines.get(id));
    }

    public ReferenceTables tables() {
        return tables;
    }

    static List<PolicyTemplate> loadAll(PolicyTemplateLoader loader, Path root) {
        List<PolicyTemplate> templates = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                    templates.add(loader.load(folder + "/" + file.getFileName(), Files.newInputStream(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read policy templates under " + dir, e);
            }
        }
        return templates;
    }

    /** The templates folder inside the jar, or in target/classes when run from the build. */
    static Path shippedRoot() {
        URL url = PolicyTemplates.class.getClassLoader().getResource(CLASSPATH_ROOT + "/guidelines");
        if (url == null) {
            throw new IllegalStateException("the shipped policy templates are missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException notOpenYet) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                return jar.getPath("/" + CLASSPATH_ROOT);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the shipped policy templates at " + url, e);
        }
    }

    private static Map<String, Guideline> guidelinesOf(Collection<PolicyTemplate> templates) {
        Map<String, Guideline> result = new TreeMap<>();
        templates.stream().filter(PolicyTemplate.GuidelineTemplate.class::isInstance)
                .map(template -> ((PolicyTemplate.GuidelineTemplate) template).guideline())
                .forEach(guideline -> result.put(guideline.id(), guideline));
        return result;
    }

    private static ReferenceTables tablesOf(Collection<PolicyTemplate> templates) {
        Map<String, List<WageEntry>> wages = new TreeMap<>();
        Map<String, List<FxRate>> rates = new TreeMap<>();
        for (PolicyTemplate template : templates) {
            if (template instanceof PolicyTemplate.WageTemplate table) {
                wages.put(table.jurisdiction(), table.entries());
            } else if (template instanceof PolicyTemplate.FxTemplate fx) {
                rates.put(fx.currency(), fx.rates());
            }
        }
        return new ReferenceTables(new Wages(wages), new FxRates(rates));
    }
}
