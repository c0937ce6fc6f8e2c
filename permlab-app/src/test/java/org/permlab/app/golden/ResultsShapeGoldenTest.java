package org.permlab.app.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.permlab.app.ExampleReport;
import org.permlab.app.json.ResultKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The example study's results.json keeps every number through the reshaping of results: each number of the old
 * file (results-before-shape.json) is found, under its renamed key (key-renames.tsv), with the same value to a
 * relative 1e-12, and the new file has no number the old one lacked except those listed as added.
 */
class ResultsShapeGoldenTest {

    /** Relative tolerance: the computations are unchanged; only the last bit may differ. */
    private static final double REL = 1e-12;

    /** The first field of a line that lists new numbers instead of a rename. */
    private static final String ADDED = "added";

    record Rule(Pattern pattern, String replacement) {
        String apply(String path) {
            Matcher m = pattern.matcher(path);
            if (!m.matches()) {
                return path;
            }
            String r = replacement;
            Matcher sd = Pattern.compile("\\{sd:(\\d+)}").matcher(r);
            StringBuilder b = new StringBuilder();
            while (sd.find()) {
                sd.appendReplacement(b, Matcher.quoteReplacement(ResultKeys.sdKey(m.group(
                        Integer.parseInt(sd.group(1))))));
            }
            sd.appendTail(b);
            return m.replaceFirst(b.toString().replace("\\", "\\\\"));
        }
    }

    @Test
    void everyNumberSurvivesUnderItsListedKey() throws IOException {
        JsonNode before = read("results-before-shape.json");
        JsonNode after = ExampleReport.get().results();
        List<Rule> rules = rules();
        Map<String, Double> old = new TreeMap<>();
        flatten(before, "", old);
        Map<String, Double> now = new TreeMap<>();
        flatten(after, "", now);
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, Double> renamed = new TreeMap<>();
        for (Map.Entry<String, Double> e : old.entrySet()) {
            String p = e.getKey();
            for (Rule r : rules) {
                p = r.apply(p);
            }
            renamed.put(p, e.getValue());
            Double v = now.get(p);
            if (v == null) {
                missing.add(e.getKey() + " -> " + p);
            } else if (!close(e.getValue(), v)) {
                changed.add(p + ": " + e.getValue() + " -> " + v);
            }
        }
        List<Pattern> listedAsAdded = added();
        List<String> added = now.keySet().stream().filter(k -> !renamed.containsKey(k))
                .filter(k -> listedAsAdded.stream().noneMatch(a -> a.matcher(k).matches())).toList();
        assertThat(missing).as("numbers of the old results.json not found under their renamed keys").isEmpty();
        assertThat(changed).as("numbers that changed").isEmpty();
        assertThat(added).as("numbers that are new (list them in key-renames.tsv as added)").isEmpty();
    }

    private static boolean close(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return a == b || Math.abs(a - b) <= REL * Math.max(Math.abs(a), Math.abs(b));
    }

    private static void flatten(JsonNode n, String path, Map<String, Double> out) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                flatten(e.getValue(), path + "/" + e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                flatten(n.get(i), path + "/" + i, out);
            }
        } else if (n.isNumber()) {
            out.put(path, n.asDouble());
        }
    }

    private static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (String line : new String(resource("key-renames.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length == 2 && !f[0].equals(ADDED)) {
                rules.add(new Rule(Pattern.compile(f[0]), f[1]));
            }
        }
        return rules;
    }

    /** The lines {@code added<TAB>regex}: numbers of the new file the old one lacked, by the regex of their path. */
    private static List<Pattern> added() throws IOException {
        List<Pattern> added = new ArrayList<>();
        for (String line : new String(resource("key-renames.tsv"), StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 2 && f[0].equals(ADDED)) {
                added.add(Pattern.compile(f[1]));
            }
        }
        return added;
    }

    private static JsonNode read(String name) throws IOException {
        return new ObjectMapper().readTree(resource(name));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ResultsShapeGoldenTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
