package org.permlab.io.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.permlab.error.InvalidInputException;
import org.permlab.result.Worded;
import org.permlab.gas.GasDatabase;
import org.permlab.gas.Species;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Node;
import org.permlab.io.tree.ScalarNode;
import org.permlab.io.tree.Trees;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;
import org.permlab.tradeoff.MembraneClass;

/**
 * Reads and validates a {@code study.yaml}. Every error is one line naming the file, line, column and field.
 * The schema is documented in {@code docs/study-format.md}.
 */
public final class StudyLoader {

    /** The file name looked for when a folder is given. */
    public static final String STUDY_FILE = "study.yaml";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final ReferenceState NORMAL = ReferenceState.NORMAL;

    private StudyLoader() {
    }

    /**
     * Loads a study from its folder (containing {@code study.yaml}) or from the YAML file itself.
     *
     * @param folderOrFile as the user gave it; messages name files relative to it
     */
    public static Study load(Path folderOrFile) {
        return load(folderOrFile, List.of());
    }

    /**
     * Loads a study that may also read inside the given folders (besides its own).
     *
     * @param folderOrFile  as the user gave it; messages name files relative to it
     * @param allowOutside  further folders the study's data may lie in
     */
    public static Study load(Path folderOrFile, List<Path> allowOutside) {
        Path file = Files.isDirectory(folderOrFile) ? folderOrFile.resolve(STUDY_FILE) : folderOrFile;
        if (!Files.exists(file)) {
            String what = Files.isDirectory(folderOrFile) ? "no " + STUDY_FILE + " in this folder"
                    : "no such study folder or file";
            throw InvalidInputException.of(folderOrFile.toString(), what);
        }
        String source = file.toString();
        Node rootNode = Trees.read(file, source);
        MapNode root = rootNode.asMap();
        root.allowOnly("study", "title", "description", "reference", "gases", "samples", "data", "analyses");
        Path dir = file.toAbsolutePath().getParent();

        String id = checkedId(root.require("study").asScalar());
        String title = root.string("title", id);
        List<Species> gases = gases(root);
        List<Sample> samples = samples(root);
        List<Path> roots = new ArrayList<>();
        roots.add(dir);
        roots.addAll(allowOutside);
        List<DataFile> data = dataFiles(root, dir, samples, roots);
        Map<String, MapNode> analyses = new LinkedHashMap<>();
        root.optMap("analyses").ifPresent(a -> {
            for (var e : a.entries().entrySet()) {
                Node settings = e.getValue();
                analyses.put(e.getKey(), settings instanceof ScalarNode s && s.isNull()
                        ? new MapNode(s.location(), s.path(), Map.of(), Map.of())
                        : settings.asMap());
            }
        });
        return new Study(dir, file, source, id, title, root.optString("description"), root.optString("reference"),
                gases, samples, data, analyses, roots);
    }

    private static String checkedId(ScalarNode node) {
        String id = node.string().strip();
        if (!ID.matcher(id).matches()) {
            throw node.error("an id may hold letters, digits, '_', '.' and '-' and must start with a letter or "
                    + "digit, got '" + id + "'");
        }
        return id;
    }

    private static List<Species> gases(MapNode root) {
        List<Species> out = new ArrayList<>();
        for (Node n : root.listOrEmpty("gases")) {
            ScalarNode s = n.asScalar();
            try {
                Species sp = GasDatabase.standard().lookup(s.string());
                if (!out.contains(sp)) {
                    out.add(sp);
                }
            } catch (InvalidInputException e) {
                throw s.relocate(e);
            }
        }
        return out;
    }

    private static List<Sample> samples(MapNode root) {
        List<Sample> out = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        List<MapNode> nodes = new ArrayList<>();
        for (Node n : root.listOrEmpty("samples")) {
            MapNode m = n.asMap();
            m.allowOnly("id", "kind", "material", "class", "area", "thickness", "derived_from", "synthesis",
                    "notes");
            ScalarNode idNode = m.require("id").asScalar();
            String id = checkedId(idNode);
            if (seen.containsKey(id)) {
                throw idNode.error("duplicate sample id '" + id + "' (first at line "
                        + seen.get(id).location().line() + ")");
            }
            seen.put(id, idNode);
            nodes.add(m);
        }
        for (MapNode m : nodes) {
            String id = m.string("id").strip();
            SampleKind kind = SampleKind.valueOf(m.require("kind").asScalar().oneOf("membrane", "powder")
                    .toUpperCase(java.util.Locale.ROOT));
            String material = m.string("material");
            Optional<MembraneClass> layerClass = m.optString("class").map(t -> MembraneClass.ofSampleWord(t)
                    .orElseThrow(() -> m.require("class").error("expected a membrane class ("
                            + MembraneClass.sampleWords() + "), got '" + t.strip() + "'")));
            Optional<Measured> area = m.optPositiveMeasured("area", Dimension.AREA, NORMAL);
            if (kind == SampleKind.MEMBRANE && area.isEmpty()) {
                throw m.missing("area");
            }
            Optional<Measured> thickness = m.optPositiveMeasured("thickness", Dimension.LENGTH, NORMAL);
            Optional<String> parent = m.optString("derived_from");
            if (parent.isPresent() && !seen.containsKey(parent.get().strip())) {
                throw m.require("derived_from").error("no sample with id '" + parent.get() + "' in this study");
            }
            Optional<SynthesisRecord> synthesis = m.optMap("synthesis").map(StudyLoader::synthesis);
            out.add(new Sample(id, kind, material, layerClass, area, thickness, parent.map(String::strip), synthesis,
                    m.optString("notes")));
        }
        return out;
    }

    private static SynthesisRecord synthesis(MapNode m) {
        m.allowOnly("route", "support", "reagents", "steps");
        List<Reagent> reagents = new ArrayList<>();
        for (Node n : m.listOrEmpty("reagents")) {
            MapNode r = n.asMap().allowOnly("name", "amount", "note");
            Optional<String> amount = r.optString("amount");
            Optional<Double> mass = Optional.empty();
            Optional<Double> volume = Optional.empty();
            Optional<Double> moles = Optional.empty();
            if (amount.isPresent()) {
                ScalarNode a = r.require("amount").asScalar();
                Quantities.Parsed p = parseAnyAmount(a);
                double si = p.si(NORMAL);
                switch (p.unit().dimension()) {
                    case MASS -> mass = Optional.of(si);
                    case VOLUME -> volume = Optional.of(si);
                    case AMOUNT -> moles = Optional.of(si);
                    default -> throw a.error("expected a mass, volume or amount such as '0.1116 g', '10 mL' or "
                            + "'1 mmol', got '" + a.text() + "'");
                }
            }
            reagents.add(new Reagent(r.string("name"), amount, mass, volume, moles, r.optString("note")));
        }
        List<SynthesisStep> steps = new ArrayList<>();
        for (Node n : m.listOrEmpty("steps")) {
            MapNode s = n.asMap().allowOnly("action", "temperature", "duration", "rate", "atmosphere", "note");
            Optional<Double> rate = Optional.empty();
            if (s.has("rate")) {
                ScalarNode r = s.require("rate").asScalar();
                String text = r.string().strip();
                // heating rates are written per minute in this field: "10 K/min" or "10 C/min"
                String perMinute = text.replaceAll("(?i)\\s*/\\s*min$", "");
                if (perMinute.equals(text)) {
                    throw r.error("expected a heating rate such as '10 K/min', got '" + text + "'");
                }
                var parsed = Quantities.parseWithUnit(perMinute, Dimension.TEMPERATURE, Units.parse("K"));
                rate = Optional.of(Math.abs(parsed.unit().differenceToSi(parsed.value(), NORMAL)) / 60.0);
            }
            steps.add(new SynthesisStep(s.string("action"), s.optQuantity("temperature", Dimension.TEMPERATURE,
                    NORMAL), s.optQuantity("duration", Dimension.TIME, NORMAL), rate, s.optString("atmosphere"),
                    s.optString("note")));
        }
        return new SynthesisRecord(m.string("route", ""), m.optString("support"), reagents, steps);
    }

    private static Quantities.Parsed parseAnyAmount(ScalarNode a) {
        for (Dimension d : List.of(Dimension.MASS, Dimension.VOLUME, Dimension.AMOUNT)) {
            try {
                return Quantities.parseWithUnit(a.string(), d, null);
            } catch (InvalidInputException e) {
                // try the next dimension
            }
        }
        throw a.error("expected a mass, volume or amount such as '0.1116 g', '10 mL' or '1 mmol', got '"
                + a.text() + "'");
    }

    private static List<DataFile> dataFiles(MapNode root, Path dir, List<Sample> samples, List<Path> roots) {
        List<DataFile> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> sampleIds = new LinkedHashSet<>();
        samples.forEach(s -> sampleIds.add(s.id()));
        for (Node n : root.listOrEmpty("data")) {
            MapNode m = n.asMap().allowOnly("id", "kind", "path", "sample", "description", "options");
            ScalarNode idNode = m.require("id").asScalar();
            String id = checkedId(idNode);
            if (!ids.add(id)) {
                throw idNode.error("duplicate data id '" + id + "'");
            }
            ScalarNode kindNode = m.require("kind").asScalar();
            DataKind kind = Worded.parse(DataKind.class, kindNode.string()).orElseThrow(() -> kindNode.error(
                    "unknown data kind '" + kindNode.text() + "'; known: " + Worded.words(DataKind.class)));
            ScalarNode pathNode = m.require("path").asScalar();
            Path path = dir.resolve(pathNode.string().strip().replace('\\', '/')).normalize();
            if (!Confinement.inside(path, roots)) {
                throw pathNode.error(org.permlab.io.safety.Excerpt.quote(pathNode.text()) + " leads outside the"
                        + " study folder; a study reads only inside its folder (the report's --allow-outside DIR "
                        + "allows another)");
            }
            if (!Files.isRegularFile(path)) {
                throw pathNode.error("file not found: " + pathNode.text() + " (paths are relative to the study "
                        + "folder)");
            }
            Optional<String> sample = m.optString("sample").map(String::strip);
            if (sample.isPresent() && !sampleIds.contains(sample.get())) {
                throw m.require("sample").error("no sample with id '" + sample.get() + "' in this study");
            }
            out.add(new DataFile(id, kind, path, sample, m));
        }
        return out;
    }
}
