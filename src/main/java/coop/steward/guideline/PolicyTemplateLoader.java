package coop.steward.guideline;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads one template from a name and a stream, whatever its origin (the jar, a configured directory, an
 * organization's upload): YAML with line numbers, then its kind's JSON Schema, then the rules a schema cannot say.
 */
public final class PolicyTemplateLoader {

    private static final String SCHEMA_DIR = "policy-templates/schema/";
    private static final List<String> KINDS = List.of("guideline", "wages", "fx");

    private final Map<String, Schema> schemas;
    private final boolean questionsRequired;

    /** A loader for organizations' uploads: a criterion's vendor question is optional and may be one text. */
    public PolicyTemplateLoader() {
        this(false);
    }

    /**
     * @param questionsRequired whether every criterion must give the vendor's question in every language, as the
     *                          templates that vendors certify against (shipped or in the templates directory) must
     */
    public PolicyTemplateLoader(boolean questionsRequired) {
        this.questionsRequired = questionsRequired;
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.schemas = KINDS.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(kind -> kind,
                kind -> registry.getSchema(schemaStream(kind))));
    }

    private static InputStream schemaStream(String kind) {
        InputStream stream = PolicyTemplateLoader.class.getClassLoader()
                .getResourceAsStream(SCHEMA_DIR + kind + ".schema.json");
        if (stream == null) {
            throw new IllegalStateException("the " + kind + " schema is missing from the classpath");
        }
        return stream;
    }

    /** Loads and checks one template, or refuses it with the file, the line and the reason. */
    public PolicyTemplate load(String name, InputStream stream) {
        YamlDocument document;
        try (stream) {
            document = YamlDocument.parse(name, stream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy template " + name, e);
        }
        JsonNode root = document.root();
        String kind = root.path("kind").asText("");
        if (!KINDS.contains(kind)) {
            throw document.refuse("/kind", "kind must be one of " + KINDS + ", not '" + kind + "'");
        }
        List<Error> errors = schemas.get(kind).validate(root);
        if (!errors.isEmpty()) {
            Error first = errors.stream()
                    .min(Comparator.comparingInt((Error error) -> document.line(pointer(error.getInstanceLocation()))))
                    .orElseThrow();
            throw document.refuse(pointer(first.getInstanceLocation()), first.getMessage());
        }
        return switch (kind) {
            case "guideline" -> new PolicyTemplate.GuidelineTemplate(name, TemplateRules.guideline(document, questionsRequired));
            case "wages" -> TemplateRules.wages(document);
            default -> TemplateRules.fx(document);
        };
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i));
        }
        return pointer.toString();
    }
}
