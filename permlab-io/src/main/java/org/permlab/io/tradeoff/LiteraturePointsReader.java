package org.permlab.io.tradeoff;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.CsvDialect;
import org.permlab.io.safety.Plausible;
import org.permlab.io.safety.TextFile;
import org.permlab.permeation.SelectivityKind;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.Measured;
import org.permlab.quantity.Quantities;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Unit;
import org.permlab.quantity.Units;
import org.permlab.gas.GasPair;
import org.permlab.tradeoff.MembraneClass;
import org.permlab.result.Worded;
import org.permlab.tradeoff.TradeOffPoint;

/**
 * Reads literature-points CSV files (comma-separated, a header row, {@code #} comment lines, UTF-8). Parses and
 * validates; computes nothing.
 */
public final class LiteraturePointsReader {

    /** The curated set bundled with permlab, named like this in messages. */
    public static final String BUNDLED_NAME = "permlab:literature-points.csv";
    private static final String BUNDLED = "/org/permlab/io/tradeoff/literature-points.csv";

    /** Every column the format knows, in the documented order. */
    public static final List<String> COLUMNS = List.of("material", "class", "pair", "permeance_gpu",
            "permeability_barrer", "thickness_um", "selectivity", "selectivity_kind", "temperature_K",
            "pressure_bar", "reference", "doi", "group", "note");
    private static final List<String> REQUIRED = List.of("material", "class", "pair", "selectivity",
            "selectivity_kind");
    private static final String CLASSES = "one of " + Worded.words(MembraneClass.class);
    private static final Unit KELVIN = Units.parse("K");
    private static final Unit PURE_NUMBER = Units.si(Dimension.DIMENSIONLESS);

    private LiteraturePointsReader() {
    }

    /** The curated set bundled with permlab (the seed paper's results and the membranes it compares with). */
    public static LiteraturePoints readBundled() {
        try (InputStream in = LiteraturePointsReader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file.
     *
     * @param file   the CSV file
     * @param source how to name it in messages (usually the path as the user typed it)
     */
    public static LiteraturePoints read(Path file, String source) {
        return parse(TextFile.read(file, source).text(), source);
    }

    /** The most data rows of a literature table (the largest published compilations hold a few thousand). */
    public static final int MAX_ROWS = 200_000;

    /** Parses CSV text. */
    public static LiteraturePoints parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<TradeOffPoint> points = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Map<String, Integer> header = null;
        try (Reader reader = new StringReader(text);
                CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                        .commentCharacter('#').skipEmptyLines(true)
                        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .extraFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                int line = (int) record.getStartingLineNumber();
                if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
                    continue; // a line of spaces is a blank line
                }
                for (int i = 0; i < record.getFieldCount(); i++) {
                    if (record.getField(i).indexOf('\n') >= 0 || record.getField(i).indexOf('\r') >= 0) {
                        throw InvalidInputException.at(source, line, i + 1, null, "a quote opened here is not closed "
                                + "on this line, so it would take in the rows after it; close it (a quote inside a "
                                + "quoted cell is written twice: \"\")");
                    }
                }
                if (points.size() + skipped.size() >= MAX_ROWS) {
                    throw InvalidInputException.at(source, line, 1, null, "more than " + MAX_ROWS + " rows; a "
                            + "literature table holds at most that many points");
                }
                if (header == null) {
                    header = header(record, source, line);
                    continue;
                }
                try {
                    points.add(row(record, header, source, line));
                } catch (InvalidInputException e) {
                    skipped.add(new SkippedRow(line, e.getMessage()));
                }
            }
        } catch (CsvParseException e) {
            throw InvalidInputException.of(source, "not a readable CSV file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw InvalidInputException.at(source, 1, 0, null, "the file has no header row; expected columns "
                    + String.join(",", COLUMNS));
        }
        return new LiteraturePoints(source, points, skipped);
    }

    private static Map<String, Integer> header(CsvRecord record, String source, int line) {
        Map<String, Integer> header = new LinkedHashMap<>();
        if (record.getFieldCount() == 1 && CsvDialect.ofHeader(record.getField(0)).decimalComma()) {
            throw InvalidInputException.at(source, line, 0, null, CsvDialect.SEMICOLON_REFUSAL);
        }
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).strip();
            String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElseThrow(
                    () -> InvalidInputException.at(source, line, 0, null, "unknown column '" + name
                            + "'; the columns are " + String.join(", ", COLUMNS)));
            if (header.put(known, i) != null) {
                throw InvalidInputException.at(source, line, 0, null, "the column '" + known + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!header.containsKey(required)) {
                throw InvalidInputException.at(source, line, 0, null, "missing column '" + required
                        + "' (required: " + String.join(", ", REQUIRED) + ")");
            }
        }
        if (!header.containsKey("permeance_gpu") && !header.containsKey("permeability_barrer")) {
            throw InvalidInputException.at(source, line, 0, null,
                    "needs a permeance_gpu or a permeability_barrer column (or both)");
        }
        return header;
    }

    /** One row; any problem is an {@link InvalidInputException} placed at the row's line and the cell's column. */
    private static TradeOffPoint row(CsvRecord record, Map<String, Integer> header, String source, int line) {
        if (record.getFieldCount() > header.size()) {
            throw InvalidInputException.at(source, line, header.size() + 1, null, "this row has "
                    + record.getFieldCount() + " fields and the header " + header.size()
                    + " (a comma inside a cell needs the cell in double quotes)");
        }
        Cells cells = new Cells(record, header, source, line);
        String material = cells.required("material");
        MembraneClass materialClass = cells.map("class", t -> Worded.parse(MembraneClass.class, t), CLASSES);
        GasPair pair = cells.map("pair", t -> Optional.of(GasPair.parse(t)), "a gas pair such as He/N2");
        Optional<Measured> permeance = cells.quantity("permeance_gpu", Dimension.PERMEANCE, Units.GPU);
        Optional<Measured> permeability = cells.quantity("permeability_barrer", Dimension.PERMEABILITY,
                Units.BARRER);
        if (permeance.isEmpty() && permeability.isEmpty()) {
            throw cells.error(header.containsKey("permeance_gpu") ? "permeance_gpu" : "permeability_barrer",
                    "missing: a row needs the fast gas's permeance (GPU) or permeability (Barrer)");
        }
        Optional<Measured> thickness = cells.quantity("thickness_um", Dimension.LENGTH, Units.MICROMETRE);
        Measured selectivity = cells.selectivity();
        SelectivityKind kind = cells.map("selectivity_kind", LiteraturePointsReader::kind,
                "single (ideal selectivity) or mixed (separation factor)");
        Optional<Double> temperature = cells.quantity("temperature_K", Dimension.TEMPERATURE, KELVIN)
                .map(Measured::value);
        Optional<Double> pressure = cells.quantity("pressure_bar", Dimension.PRESSURE, Units.BAR)
                .map(Measured::value);
        String reference = cells.optional("reference").orElse("not given");
        try {
            return new TradeOffPoint(material, material, materialClass, pair, permeance, permeability, thickness,
                    selectivity, kind, temperature, pressure, reference, cells.optional("doi"),
                    cells.optional("group").orElse(""), source + ":" + line);
        } catch (InvalidInputException e) {
            String field = e.field().orElse("");
            String column = switch (field) {
                case "permeance" -> "permeance_gpu";
                case "permeability" -> "permeability_barrer";
                case "thickness" -> "thickness_um";
                case "temperature" -> "temperature_K";
                case "pressure" -> "pressure_bar";
                default -> field;
            };
            throw cells.error(column, e.problem());
        }
    }

    private static Optional<SelectivityKind> kind(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-')) {
            case "single", "single-gas", "ideal" -> Optional.of(SelectivityKind.IDEAL);
            case "mixed", "mixed-gas", "separation-factor" -> Optional.of(SelectivityKind.SEPARATION_FACTOR);
            default -> Optional.empty();
        };
    }

    /** The cells of one row, with errors that name the file, line, column number and column name. */
    private record Cells(CsvRecord record, Map<String, Integer> header, String source, int line) {

        Optional<String> optional(String column) {
            Integer i = header.get(column);
            if (i == null || i >= record.getFieldCount()) {
                return Optional.empty();
            }
            String v = record.getField(i).strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        String required(String column) {
            return optional(column).orElseThrow(() -> error(column, "missing"));
        }

        <T> T map(String column, java.util.function.Function<String, Optional<T>> f, String expected) {
            String text = required(column);
            try {
                return f.apply(text).orElseThrow(() -> error(column, "expected " + expected + ", got '" + text
                        + "'"));
            } catch (InvalidInputException e) {
                if (e.source().isPresent()) {
                    throw e;
                }
                throw error(column, e.problem());
            }
        }

        Optional<Measured> quantity(String column, Dimension dimension, Unit defaultUnit) {
            Optional<String> text = optional(column);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                Measured m = Quantities.parseWithUnit(text.get(), dimension, defaultUnit)
                        .measuredSi(ReferenceState.NORMAL);
                if (!Double.isFinite(m.value()) || !Double.isFinite(m.sd())) {
                    throw error(column, "'" + text.get() + "' is beyond the range of numbers permlab computes with");
                }
                double most = dimension == Dimension.PERMEANCE ? Plausible.maxPermeanceSi()
                        : dimension == Dimension.PERMEABILITY ? Plausible.maxPermeabilitySi() : Double.MAX_VALUE;
                if (m.value() > most) {
                    throw error(column, "'" + text.get() + "' is above any membrane measured (permlab takes at most "
                            + (dimension == Dimension.PERMEANCE ? Plausible.MAX_PERMEANCE_GPU + " GPU"
                            : Plausible.MAX_PERMEABILITY_BARRER + " Barrer") + "); a unit slip?");
                }
                if (dimension != Dimension.TEMPERATURE && !(m.value() > 0)) {
                    throw error(column, "must be positive, got '" + text.get() + "'");
                }
                return Optional.of(m);
            } catch (InvalidInputException e) {
                if (e.source().isPresent()) {
                    throw e;
                }
                throw error(column, e.problem());
            }
        }

        Measured selectivity() {
            String text = required("selectivity");
            Quantities.Parsed parsed;
            try {
                parsed = Quantities.parseWithUnit(text, Dimension.DIMENSIONLESS, PURE_NUMBER);
            } catch (InvalidInputException e) {
                throw error("selectivity", "expected a positive number such as 17.4 or '17.4 ± 0.9', got '" + text
                        + "'");
            }
            if (parsed.unit() != PURE_NUMBER) {
                throw error("selectivity", "a selectivity is a pure number, got '" + text + "'");
            }
            if (!(parsed.value() > 0)) {
                throw error("selectivity", "must be positive, got '" + text + "'");
            }
            if (!Plausible.selectivity(parsed.value()) || !(parsed.sd() < Plausible.MAX_SELECTIVITY)) {
                throw error("selectivity", "'" + text + "' is beyond any membrane measured (permlab takes "
                        + 1 / Plausible.MAX_SELECTIVITY + " to " + Plausible.MAX_SELECTIVITY + "); a unit slip?");
            }
            return new Measured(parsed.value(), parsed.sd());
        }

        InvalidInputException error(String column, String problem) {
            Integer i = header.get(column);
            return InvalidInputException.at(source, line, i == null ? 0 : i + 1, column, problem);
        }
    }
}
