package coop.steward.guideline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML file read as a JSON tree for the schema check, remembering the line every value starts on, keyed by
 * JSON pointer ({@code /entries/1/effective-from}), so that every refusal can name its line.
 */
final class YamlDocument {

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private final String name;
    private final JsonNode root;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlDocument(String name, Node yaml) {
        this.name = name;
        this.root = convert(yaml, "");
    }

    static YamlDocument parse(String name, InputStream stream) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Node node = new Yaml(new SafeConstructor(options)).compose(new InputStreamReader(stream, StandardCharsets.UTF_8));
            if (node == null) {
                throw new PolicyTemplateException(name, 1, "the file is empty");
            }
            return new YamlDocument(name, node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new PolicyTemplateException(name, line, "not valid YAML: " + e.getProblem());
        }
    }

    JsonNode root() {
        return root;
    }

    String name() {
        return name;
    }

    /** The line a value starts on, or its nearest enclosing value's line. */
    int line(String pointer) {
        String path = pointer;
        while (true) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                return 1;
            }
            path = path.substring(0, slash);
        }
    }

    PolicyTemplateException refuse(String pointer, String reason) {
        return new PolicyTemplateException(name, line(pointer), reason);
    }

    private JsonNode convert(Node node, String pointer) {
        lines.put(pointer, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new PolicyTemplateException(name, tuple.getKeyNode().getStartMark().getLine() + 1,
                            "a key must be plain text");
                }
                String child = pointer + "/" + key.getValue();
                lines.put(child, key.getStartMark().getLine() + 1);
                object.set(key.getValue(), convert(tuple.getValueNode(), child));
                lines.put(child, key.getStartMark().getLine() + 1);
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                array.add(convert(sequence.getValue().get(i), pointer + "/" + i));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        String value = scalar.getValue();
        try {
            if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                return NODES.numberNode(new BigDecimal(value.replace("_", "")));
            }
        } catch (NumberFormatException notPlain) {
            return NODES.textNode(value);
        }
        if (Tag.BOOL.equals(tag)) {
            return NODES.booleanNode(Boolean.parseBoolean(value) || "yes".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value));
        }
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        return NODES.textNode(value);
    }
}
