package org.permlab.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.permlab.app.cli.VersionProvider;
import org.permlab.app.json.Json;
import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.OutputFolder;
import org.permlab.io.study.Study;
import org.permlab.io.tree.MapNode;

/** Runs the sections of a study and writes {@code results.json} and {@code report.html}. */
public final class ReportWriter {

    /** A section of either shape, with what the page needs of it. */
    record Entry(String id, String title, int order, Object section) {
    }

    private final List<Entry> sections;

    /** A writer with the given sections (tests); {@link #discover()} finds the installed ones. */
    public ReportWriter(List<?> sections) {
        List<Entry> sorted = new ArrayList<>();
        for (Object s : sections) {
            if (s instanceof ReportSection<?> r) {
                sorted.add(new Entry(r.id(), r.title(), r.order(), r));
            } else if (s instanceof LegacySection l) {
                sorted.add(new Entry(l.id(), l.title(), l.order(), l));
            } else {
                throw new IllegalArgumentException("not a report section: " + s);
            }
        }
        sorted.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::id));
        this.sections = List.copyOf(sorted);
    }

    /** A writer with every section listed in the service files of {@link ReportSection} (and legacy ones). */
    public static ReportWriter discover() {
        List<Object> found = new ArrayList<>();
        ServiceLoader.load(ReportSection.class).forEach(found::add);
        ServiceLoader.load(LegacySection.class).forEach(found::add);
        return new ReportWriter(found);
    }

    /** The section ids, in report order. */
    public List<String> sectionIds() {
        return sections.stream().map(Entry::id).toList();
    }

    /** The top of results.json. */
    public record Results(String permlabVersion, StudyInfo study, Map<String, Object> sections,
            List<SectionProblem> errors) {
    }

    /** Which study the results are of. */
    public record StudyInfo(String id, String title, String file) {
    }

    /** One run over a study. */
    private final class Run {
        final Study study;
        final OutputFolder folder;
        final ReportFacts facts = new ReportFacts();
        final Map<Class<?>, Object> computed = new HashMap<>();
        final Map<Class<?>, Boolean> attempted = new HashMap<>();
        final Map<String, Object> results = new LinkedHashMap<>();
        final Map<String, Object> typedResults = new HashMap<>();
        final List<SectionProblem> problems = new ArrayList<>();
        RuntimeException firstBug;

        Run(Study study, OutputFolder folder) {
            this.study = study;
            this.folder = folder;
        }

        /** Computes a new-style section (and first what it needs); false when it failed or does not apply. */
        boolean compute(ReportSection<?> s) {
            Boolean done = attempted.get(s.getClass());
            if (done != null) {
                return done;
            }
            attempted.put(s.getClass(), false);
            for (Class<? extends ReportSection<?>> need : s.needs()) {
                sections.stream().map(Entry::section).filter(need::isInstance).findFirst()
                        .ifPresent(n -> compute((ReportSection<?>) n));
            }
            if (!s.appliesTo(study)) {
                return false;
            }
            SectionInput input = new SectionInput(study, s.id(), computed);
            boolean ok = guard(s.id(), () -> {
                Object r = s.compute(input);
                computed.put(s.getClass(), r);
                typedResults.put(s.id(), r);
            });
            for (String item : input.skippedItems()) {
                problems.add(new SectionProblem(s.id(), item, false));
            }
            attempted.put(s.getClass(), ok);
            return ok;
        }

        boolean guard(String id, Runnable r) {
            try {
                r.run();
                return true;
            } catch (InvalidInputException e) {
                problems.add(new SectionProblem(id, e.getMessage(), false));
            } catch (RuntimeException e) {
                problems.add(new SectionProblem(id, "internal error (a bug; please report it): " + e, true));
                if (firstBug == null) {
                    firstBug = e;
                }
            }
            return false;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<Entry, String> all() {
            Map<Entry, String> bodies = new LinkedHashMap<>();
            for (Entry e : sections) {
                if (e.section() instanceof ReportSection<?> s) {
                    compute(s);
                }
            }
            for (Entry e : sections) {
                if (e.section() instanceof LegacySection l) {
                    if (!l.appliesTo(study)) {
                        continue;
                    }
                    String[] html = new String[1];
                    boolean ok = guard(l.id(), () -> {
                        SectionOutput out = l.render(new ReportContext(study, l.id(), folder, facts));
                        results.put(l.id(), out.results());
                        html[0] = out.html();
                    });
                    for (ReportContext.SkippedItem item : facts.all(ReportContext.SkippedItem.class)) {
                        if (item.section().equals(l.id())) {
                            problems.add(new SectionProblem(l.id(), item.message(), false));
                        }
                    }
                    bodies.put(e, ok ? html[0] : null);
                } else {
                    ReportSection s = (ReportSection) e.section();
                    if (!s.appliesTo(study)) {
                        continue;
                    }
                    Object r = typedResults.get(s.id());
                    if (r == null) {
                        bodies.put(e, null);
                        continue;
                    }
                    results.put(s.id(), r);
                    String[] html = new String[1];
                    boolean ok = guard(s.id(), () -> html[0] = s.render(r, new SectionPage(s.id(), folder)));
                    bodies.put(e, ok ? html[0] : null);
                }
            }
            return bodies;
        }
    }

    /** Runs every applicable section and writes the report into {@code outDir}. */
    public ReportOutcome write(Study study, Path outDir) {
        OutputFolder folder = OutputFolder.open(outDir, false, study.inputFiles());
        Run run = new Run(study, folder);
        run.problems.addAll(unknownAnalyses(study));
        Map<Entry, String> bodies = run.all();
        // results.json and the page list sections in report order
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Entry e : sections) {
            if (run.results.containsKey(e.id())) {
                ordered.put(e.id(), run.results.get(e.id()));
            }
        }
        String relativeStudy = study.file().getFileName().toString();
        Results all = new Results(VersionProvider.version(), new StudyInfo(study.id(), study.title(), relativeStudy),
                ordered, run.problems);
        Path json = folder.writeString("results.json", Json.toJson(all) + "\n");
        Path html = folder.writeString("report.html", ReportPage.render(study, bodies, run.problems));
        return new ReportOutcome(json, html, List.copyOf(ordered.keySet()), List.copyOf(run.problems),
                Optional.ofNullable(run.firstBug));
    }

    private List<SectionProblem> unknownAnalyses(Study study) {
        List<SectionProblem> out = new ArrayList<>();
        List<String> known = sectionIds();
        for (Map.Entry<String, MapNode> e : study.analyses().entrySet()) {
            if (!known.contains(e.getKey())) {
                MapNode at = e.getValue();
                out.add(new SectionProblem(e.getKey(), at.error("unknown analysis '" + e.getKey()
                        + "'; this permlab knows: " + String.join(", ", known)).getMessage(), false));
            }
        }
        return out;
    }
}
