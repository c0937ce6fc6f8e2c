package org.permlab.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conventions a result was computed under, in the order they were stated, at most one per key (a later one
 * replaces an earlier one with the same key). Serialised as the {@code conventions} object of a result.
 *
 * @param entries the conventions, keys unique
 */
public record Conventions(List<Convention> entries) {

    /** No conventions. */
    public static final Conventions NONE = new Conventions(List.of());

    public Conventions {
        Map<String, Convention> byKey = new LinkedHashMap<>();
        for (Convention c : entries) {
            byKey.put(c.key(), c);
        }
        entries = List.copyOf(byKey.values());
    }

    /** The given conventions, in order. */
    public static Conventions of(Convention... conventions) {
        return new Conventions(List.of(conventions));
    }

    /** These conventions and one more (replacing one with the same key). */
    public Conventions with(Convention convention) {
        List<Convention> all = new ArrayList<>(entries);
        all.add(convention);
        return new Conventions(all);
    }

    /** These conventions and a stated one. */
    public Conventions with(String key, String statement) {
        return with(Convention.of(key, statement));
    }

    /** These conventions followed by others (the others win on a shared key). */
    public Conventions plus(Conventions others) {
        List<Convention> all = new ArrayList<>(entries);
        all.addAll(others.entries);
        return new Conventions(all);
    }

    /** The convention with a key, if stated. */
    public Optional<Convention> get(String key) {
        return entries.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** key to statement, in order. */
    public Map<String, String> statements() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Convention c : entries) {
            m.put(c.key(), c.statement());
        }
        return Collections.unmodifiableMap(m);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
