package org.permlab.io.tree;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.TextFile;

/**
 * Reads YAML (or JSON, by file extension) into located {@link Node}s with Jackson's streaming parser. Syntax
 * errors, duplicate keys and empty documents are {@link InvalidInputException}s with line and column.
 */
public final class Trees {

    /** An empty value ({@code key:} with nothing after it) is a null, as YAML defines it. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Trees() {
    }

    /**
     * Reads a YAML or JSON file.
     *
     * @param file   the file
     * @param source how to name it in messages (usually the path as the user typed it)
     */
    public static Node read(Path file, String source) {
        TextFile file0 = TextFile.read(file, source);
        if (!file0.charset().equals(StandardCharsets.UTF_8)) {
            throw InvalidInputException.of(source, "not a UTF-8 text file (YAML and JSON are UTF-8)");
        }
        String text = file0.text();
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(text, source, json);
    }

    /** Reads a file, naming it by its path. */
    public static Node read(Path file) {
        return read(file, file.toString());
    }

    /** Parses YAML text. */
    public static Node parseYaml(String text, String source) {
        return parse(text, source, false);
    }

    /** The most characters of a YAML file (SnakeYAML's document limit); study and run files are a few kB. */
    public static final int MAX_YAML_CHARS = 3 * 1024 * 1024;

    private static Node parse(String text, String source, boolean json) {
        if (!json && text.length() > MAX_YAML_CHARS) {
            throw InvalidInputException.of(source, "is " + text.length() + " characters; permlab reads YAML files "
                    + "of at most " + MAX_YAML_CHARS + " characters");
        }
        try (Reader reader = new StringReader(text);
                JsonParser parser = (json ? JSON : YAML).createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InvalidInputException.at(source, 1, 1, null, "the file is empty");
            }
            Node root = readNode(parser, "", source, new HashMap<>());
            if (parser.nextToken() != null) {
                Location next = location(parser, source);
                throw InvalidInputException.at(source, next.line(), next.column(), null, "a second "
                        + (json ? "JSON value" : "YAML document (after '---')") + " follows the first; permlab reads "
                        + "one per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw InvalidInputException.at(source, line, column, null, "syntax error: " + firstLine(e))
                    .withCause(e);
        } catch (IOException e) {
            throw InvalidInputException.of(source, "cannot read: " + e.getMessage());
        }
    }

    private static String firstLine(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String first = msg.strip().split("\\R", 2)[0];
        return first.replaceAll("\\s+", " ");
    }

    private static Location location(JsonParser parser, String source) {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(source, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
    }

    /**
     * Reads the node at the current token. YAML anchors ({@code &name}) are remembered and aliases
     * ({@code *name}) resolve to the anchored node, whose location (where the text is) errors then name.
     */
    private static Node readNode(JsonParser parser, String path, String source, Map<String, Node> anchors)
            throws IOException {
        Location at = location(parser, source);
        if (parser instanceof YAMLParser yaml) {
            if (yaml.isCurrentAlias()) {
                Node target = anchors.get(parser.getText());
                if (target == null) {
                    throw InvalidInputException.at(source, at.line(), at.column(), path.isEmpty() ? null : path,
                            "the alias '*" + parser.getText() + "' names no anchor defined before it");
                }
                return target;
            }
            String anchor = yaml.getObjectId();
            if (anchor != null) {
                Node node = readPlain(parser, path, source, anchors, at);
                anchors.put(anchor, node);
                return node;
            }
        }
        return readPlain(parser, path, source, anchors, at);
    }

    private static Node readPlain(JsonParser parser, String path, String source, Map<String, Node> anchors,
            Location at) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = location(parser, source);
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (entries.containsKey(key)) {
                        throw InvalidInputException.at(source, keyAt.line(), keyAt.column(), childPath,
                                "the key '" + key + "' appears twice (first at line " + keys.get(key).line() + ")");
                    }
                    parser.nextToken();
                    entries.put(key, readNode(parser, childPath, source, anchors));
                    keys.put(key, keyAt);
                }
                return new MapNode(at, path, entries, keys);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readNode(parser, path + "[" + i + "]", source, anchors));
                    i++;
                }
                return new ListNode(at, path, items);
            }
            case VALUE_NULL -> {
                return new ScalarNode(at, path, "", true);
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE,
                    VALUE_EMBEDDED_OBJECT -> {
                return new ScalarNode(at, path, parser.getText(), false);
            }
            default -> throw InvalidInputException.at(source, at.line(), at.column(), path,
                    "unexpected " + token + " in the document");
        }
    }
}
