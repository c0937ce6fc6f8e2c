package org.permlab.process;

import java.util.Locale;

import org.permlab.error.InvalidInputException;
import org.permlab.gas.GasDatabase;

/** Parses design targets written as on the command line. */
public final class DesignTargets {

    private DesignTargets() {
    }

    /**
     * Parses {@code purity:He=0.9}, {@code recovery:He=0.95} or {@code stage-cut=0.1} (also {@code cut=0.1}); a value
     * may be a percentage ({@code 90%}).
     */
    public static DesignTarget parse(String spec) {
        String s = spec.strip();
        int eq = s.lastIndexOf('=');
        if (eq < 0) {
            throw InvalidInputException.of("target", "expected purity:SPECIES=VALUE, recovery:SPECIES=VALUE or "
                    + "stage-cut=VALUE, got '" + spec + "'");
        }
        String left = s.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        double value = fraction(s.substring(eq + 1).strip(), spec);
        if (left.equals("stage-cut") || left.equals("stage_cut") || left.equals("cut")) {
            return new StageCutTarget(value);
        }
        int colon = left.indexOf(':');
        if (colon < 0) {
            throw InvalidInputException.of("target", "expected purity:SPECIES=VALUE, recovery:SPECIES=VALUE or "
                    + "stage-cut=VALUE, got '" + spec + "'");
        }
        String kind = left.substring(0, colon);
        String species = GasDatabase.standard().lookup(s.substring(colon + 1, eq).strip()).formula();
        return switch (kind) {
            case "purity" -> new PurityTarget(species, value);
            case "recovery" -> new RecoveryTarget(species, value);
            default -> throw InvalidInputException.of("target", "unknown target '" + kind + "'; use purity, "
                    + "recovery or stage-cut");
        };
    }

    private static double fraction(String text, String spec) {
        try {
            if (text.endsWith("%")) {
                return Double.parseDouble(text.substring(0, text.length() - 1).strip()) / 100;
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("target", "expected a number such as 0.9 or 90% in '" + spec + "'");
        }
    }
}
