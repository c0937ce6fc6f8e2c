package org.permlab.tradeoff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of selective layer, as trade-off plots group their points. */
public enum MembraneClass implements org.permlab.result.Worded {
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

    /** The class for a word, accepting spaces or underscores for hyphens and any case ("MOF glass"). */
    public static Optional<MembraneClass> ofWord(String text) {
        String w = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (w.equals("cms")) {
            return Optional.of(CARBON_MOLECULAR_SIEVE);
        }
        if (w.equals("mmm")) {
            return Optional.of(MIXED_MATRIX);
        }
        return Arrays.stream(values()).filter(c -> c.word.equals(w)).findFirst();
    }

    /** All words, comma-separated, for messages. */
    public static String words() {
        return Arrays.stream(values()).map(MembraneClass::word).collect(Collectors.joining(", "));
    }

    /** The class a study sample can be given: any but {@link #UNSPECIFIED}, which is what no class means. */
    public static Optional<MembraneClass> ofSampleWord(String text) {
        return ofWord(text).filter(c -> c != UNSPECIFIED);
    }

    /** The words {@link #ofSampleWord} accepts, comma-separated, for messages. */
    public static String sampleWords() {
        return Arrays.stream(values()).filter(c -> c != UNSPECIFIED).map(MembraneClass::word)
                .collect(Collectors.joining(", "));
    }
}
