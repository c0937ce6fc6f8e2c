package org.permlab.app.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * camelCase to snake_case, except that a word which is a case-sensitive SI unit symbol keeps its case:
 * {@code temperatureK -> temperature_K}, {@code compressorPowerW -> compressor_power_W},
 * {@code specificEnergyKwhPerKg -> specific_energy_kWh_per_kg}. Other words are lower-cased
 * ({@code permeanceGpu -> permeance_gpu}, {@code areaM2 -> area_m2}).
 */
public final class UnitAwareSnakeCase extends PropertyNamingStrategies.NamingBase {

    private static final long serialVersionUID = 1L;

    /** Words (as written in a Java name) that print as a unit symbol with its SI case. */
    private static final Map<String, String> UNIT_WORDS = Map.of(
            "K", "K", "Pa", "Pa", "Kpa", "kPa", "Mpa", "MPa", "W", "W", "Kw", "kW", "J", "J", "Kj", "kJ",
            "Kwh", "kWh");

    @Override
    public String translate(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        List<String> words = split(name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String unit = i == 0 ? null : UNIT_WORDS.get(w);
            if (i > 0) {
                sb.append('_');
            }
            sb.append(unit != null ? unit : w.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** Splits at lower-to-upper boundaries and before the last capital of an acronym followed by lower case. */
    static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < name.length(); i++) {
            char prev = name.charAt(i - 1);
            char c = name.charAt(i);
            boolean next = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
            boolean boundary = Character.isUpperCase(c)
                    && (Character.isLowerCase(prev) || Character.isDigit(prev)
                            || (Character.isUpperCase(prev) && next));
            if (boundary) {
                words.add(name.substring(start, i));
                start = i;
            }
        }
        words.add(name.substring(start));
        return words;
    }
}
