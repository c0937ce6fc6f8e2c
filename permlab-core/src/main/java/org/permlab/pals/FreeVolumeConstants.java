package org.permlab.pals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The literature constants of the free-volume models, read from {@code free-volume.tsv}, where each value carries
 * its source.
 */
public final class FreeVolumeConstants {

    /**
     * One constant.
     *
     * @param value  its value in {@code unit}
     * @param unit   as written in the file
     * @param source the citation
     */
    public record Constant(double value, String unit, String source) {
    }

    private static final Map<String, Constant> ALL = load();

    private FreeVolumeConstants() {
    }

    /** Tao-Eldrup electron-layer thickness Delta R, angstrom. */
    public static Constant taoEldrupDeltaR() {
        return get("tao_eldrup_delta_r");
    }

    /** Annihilation rate in the electron layer, 1/ns (2 ns^-1 gives the seed's 0.5 ns prefactor). */
    public static Constant taoEldrupLambdaB() {
        return get("tao_eldrup_lambda_b");
    }

    /** The FFV constant C of FFV = C (4/3) pi R^3 I3 (R in angstrom, I3 in percent). */
    public static Constant ffvC() {
        return get("ffv_c");
    }

    /** RTE layer thickness delta, angstrom. */
    public static Constant rteDelta() {
        return get("rte_delta");
    }

    /** RTE spin-averaged annihilation rate lambda_A, 1/ns. */
    public static Constant rteLambdaA() {
        return get("rte_lambda_a");
    }

    /** RTE vacuum ortho-positronium rate lambda_T, 1/ns. */
    public static Constant rteLambdaT() {
        return get("rte_lambda_t");
    }

    /** Every constant by key. */
    public static Map<String, Constant> all() {
        return ALL;
    }

    private static Constant get(String key) {
        Constant c = ALL.get(key);
        if (c == null) {
            throw new IllegalStateException("free-volume.tsv has no '" + key + "'");
        }
        return c;
    }

    private static Map<String, Constant> load() {
        Map<String, Constant> map = new LinkedHashMap<>();
        try (InputStream in = FreeVolumeConstants.class.getResourceAsStream("/org/permlab/pals/free-volume.tsv")) {
            if (in == null) {
                throw new IllegalStateException("free-volume.tsv is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException("free-volume.tsv: expected 4 tab-separated fields: " + line);
                }
                map.put(f[0], new Constant(Double.parseDouble(f[1]), f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
