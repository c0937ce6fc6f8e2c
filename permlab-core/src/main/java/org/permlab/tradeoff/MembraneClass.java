package org.permlab.tradeoff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.permlab.result.Worded;

/** The kind of selective layer, as trade-off plots group their points. */
public enum MembraneClass implements Worded {
    POLYMER("polymer", "polymer"),
    MIXED_MATRIX("mixed-matrix", "mixed matrix"),
    MOF_POLYCRYSTALLINE("mof-polycrystalline", "MOF polycrystalline"),
    MOF_SINGLE_CRYSTAL("mof-single-crystal", "MOF single crystal"),
    MOF_GLASS("mof-glass", "MOF glass"),
    CARBON_MOLECULAR_SIEVE("carbon-molecular-sieve", "carbon molecular sieve"),
    ZEOLITE("zeolite", "zeolite"),
    SILICA("silica", "silica"),
    OTHER("other", "other"),
    /** A study membrane whose class the permeation results do not say. */
    UNSPECIFIED("unspecified", "unspecified");

    private final String word;
    private final String label;

    MembraneClass(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The word used in CSV files and JSON, e.g. {@code mof-glass}. */
    @Override
    public String word() {
        return word;
    }

    /** How plots and tables name it, e.g. {@code MOF glass}. */
    public String label() {
        return label;
    }

    /** The usual abbreviations: {@code cms} and {@code mmm}. */
    @Override
    public List<String> aliases() {
        return this == CARBON_MOLECULAR_SIEVE ? List.of("cms") : this == MIXED_MATRIX ? List.of("mmm") : List.of();
    }

    /** The class a study sample can be given: any but {@link #UNSPECIFIED}, which is what no class means. */
    public static Optional<MembraneClass> ofSampleWord(String text) {
        return Worded.parse(MembraneClass.class, text).filter(c -> c != UNSPECIFIED);
    }

    /** The words {@link #ofSampleWord} accepts, comma-separated, for messages. */
    public static String sampleWords() {
        return Arrays.stream(values()).filter(c -> c != UNSPECIFIED).map(MembraneClass::word)
                .collect(Collectors.joining(", "));
    }
}
