package org.permlab.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.permlab.error.InvalidInputException;

/**
 * A cascade: feed streams and units connected by named streams. Streams produced by a unit and read by none are
 * the products; a stream read by a unit listed before the one producing it closes a recycle.
 *
 * @param name    a short name
 * @param species every species of the calculation, in a fixed order
 * @param feeds   the feed streams by name (on {@code species})
 * @param units   the units, in the order given (the calculation order follows the connections)
 * @param product the product stream and species whose purity, recovery and specific energy are reported
 * @param recycle how recycles are converged
 */
public record Flowsheet(String name, List<String> species, Map<String, ProcessStream> feeds,
        List<UnitOperation> units, Optional<ProductSpec> product, RecycleSettings recycle) {

    public Flowsheet {
        species = List.copyOf(species);
        Map<String, ProcessStream> f = new LinkedHashMap<>();
        for (Map.Entry<String, ProcessStream> e : feeds.entrySet()) {
            f.put(e.getKey(), e.getValue().onSpecies(species));
        }
        feeds = Collections.unmodifiableMap(f);
        units = List.copyOf(units);
        validate(feeds, units, product, species);
    }

    private static void validate(Map<String, ProcessStream> feeds, List<UnitOperation> units,
            Optional<ProductSpec> product, List<String> species) {
        if (feeds.isEmpty()) {
            throw InvalidInputException.of("feeds", "a flowsheet needs at least one feed stream");
        }
        if (units.isEmpty()) {
            throw InvalidInputException.of("units", "a flowsheet needs at least one unit");
        }
        Set<String> unitNames = new HashSet<>();
        Map<String, String> producer = new HashMap<>();
        for (String feed : feeds.keySet()) {
            producer.put(feed, "feed");
        }
        for (UnitOperation u : units) {
            if (!unitNames.add(u.name())) {
                throw InvalidInputException.of("units", "two units are named '" + u.name() + "'");
            }
            for (String out : u.outlets()) {
                String previous = producer.put(out, u.name());
                if (previous != null) {
                    throw InvalidInputException.of("units." + u.name(), "stream '" + out + "' is produced twice ("
                            + ("feed".equals(previous) ? "it is a feed" : "also by " + previous) + ")");
                }
            }
        }
        Map<String, String> consumer = new HashMap<>();
        for (UnitOperation u : units) {
            for (String in : u.inlets()) {
                if (!producer.containsKey(in)) {
                    throw InvalidInputException.of("units." + u.name(), "stream '" + in + "' is neither a feed nor "
                            + "produced by a unit");
                }
                String previous = consumer.put(in, u.name());
                if (previous != null) {
                    throw InvalidInputException.of("units." + u.name(), "stream '" + in + "' is read twice (also by "
                            + previous + "); split it with a splitter");
                }
            }
        }
        product.ifPresent(p -> {
            if (!producer.containsKey(p.stream())) {
                throw InvalidInputException.of("product.stream", "no stream named '" + p.stream() + "'");
            }
            if (consumer.containsKey(p.stream())) {
                throw InvalidInputException.of("product.stream", "'" + p.stream() + "' is read by "
                        + consumer.get(p.stream()) + ", so it is not a product");
            }
            if (!species.contains(p.species())) {
                throw InvalidInputException.of("product.species", "'" + p.species() + "' is not among the species "
                        + species);
            }
        });
    }

    /** Solves the flowsheet, converging its recycles from empty tear streams. */
    public CascadeResult solve() {
        return new FlowsheetSolver(this).solve(RecycleState.none());
    }

    /** Solves the flowsheet from an earlier recycle state (tear streams it lacks start empty). */
    public CascadeResult solve(RecycleState start) {
        return new FlowsheetSolver(this).solve(start);
    }

    /** Every stream name: feeds first, then unit outlets in unit order. */
    public List<String> streamNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>(feeds.keySet());
        for (UnitOperation u : units) {
            names.addAll(u.outlets());
        }
        return new ArrayList<>(names);
    }

    /** Streams produced and read by no unit. */
    public List<String> productStreams() {
        Set<String> read = new HashSet<>();
        units.forEach(u -> read.addAll(u.inlets()));
        List<String> out = new ArrayList<>();
        for (UnitOperation u : units) {
            for (String s : u.outlets()) {
                if (!read.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The unit with this name, if any. */
    public Optional<UnitOperation> unit(String unitName) {
        return units.stream().filter(u -> u.name().equals(unitName)).findFirst();
    }

    /** The same flowsheet with one unit replaced (by name). */
    public Flowsheet withUnit(UnitOperation replacement) {
        List<UnitOperation> u = new ArrayList<>();
        for (UnitOperation x : units) {
            u.add(x.name().equals(replacement.name()) ? replacement : x);
        }
        return new Flowsheet(name, species, feeds, u, product, recycle);
    }

    /** The same flowsheet with one feed replaced. */
    public Flowsheet withFeed(String feedName, ProcessStream feed) {
        Map<String, ProcessStream> f = new LinkedHashMap<>(feeds);
        f.put(feedName, feed);
        return new Flowsheet(name, species, f, units, product, recycle);
    }

    public Flowsheet withRecycle(RecycleSettings settings) {
        return new Flowsheet(name, species, feeds, units, product, settings);
    }

    /** A flowsheet of one stage: feed {@code feed}, outlets {@code retentate} and {@code permeate}. */
    public static Flowsheet singleStage(Stage stage, ProcessStream feed, Optional<String> productSpecies) {
        List<String> species = new ArrayList<>(feed.species());
        stage.sweep().ifPresent(s -> s.species().forEach(x -> {
            if (!species.contains(x)) {
                species.add(x);
            }
        }));
        return new Flowsheet(stage.name(), species, Map.of("feed", feed), List.of(new StageUnit(stage, "feed",
                Optional.empty(), "retentate", "permeate")), productSpecies.map(s -> new ProductSpec("permeate", s)),
                RecycleSettings.DEFAULT);
    }
}
