package org.permlab.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.permlab.app.cli.AtomicFiles;
import org.permlab.app.cli.VersionProvider;
import org.permlab.app.json.Json;
import org.permlab.error.InvalidInputException;
import org.permlab.io.study.Study;
import org.permlab.io.tree.MapNode;

/** Runs the sections of a study and writes {@code results.json} and {@code report.html}. */
public final class ReportWriter {

    private final List<ReportSection> sections;

    /** A writer with the given sections (tests); {@link #discover()} finds the installed ones. */
    public ReportWriter(List<ReportSection> sections) {
        List<ReportSection> sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparingInt(ReportSection::order).thenComparing(ReportSection::id));
        this.sections = List.copyOf(sorted);
    }

    /** A writer with every section listed in {@code META-INF/services/org.permlab.app.report.ReportSection}. */
    public static ReportWriter discover() {
        List<ReportSection> found = new ArrayList<>();
        ServiceLoader.load(ReportSection.class).forEach(found::add);
        return new ReportWriter(found);
    }

    public List<ReportSection> sections() {
        return sections;
    }

    /** The top of results.json. */
    public record Results(String permlabVersion, StudyInfo study, Map<String, Object> sections,
            List<SectionProblem> errors) {
    }

    /** Which study the results are of. */
    public record StudyInfo(String id, String title, String file) {
    }

    /** Runs every applicable section and writes the report into {@code outDir}. */
    public ReportOutcome write(Study study, Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw InvalidInputException.of(outDir.toString(), "cannot create the output folder: " + e.getMessage());
        }
        List<SectionProblem> problems = new ArrayList<>(unknownAnalyses(study));
        Map<String, Object> results = new LinkedHashMap<>();
        Map<ReportSection, String> bodies = new LinkedHashMap<>();
        RuntimeException firstBug = null;
        ReportFacts facts = new ReportFacts();
        for (ReportSection section : sections) {
            if (!section.appliesTo(study)) {
                continue;
            }
            try {
                SectionOutput output = section.render(new ReportContext(study, section.id(), outDir, facts));
                results.put(section.id(), output.results());
                bodies.put(section, output.html());
            } catch (InvalidInputException e) {
                problems.add(new SectionProblem(section.id(), e.getMessage(), false));
                bodies.put(section, null);
            } catch (RuntimeException e) {
                problems.add(new SectionProblem(section.id(), "internal error (a bug; please report it): " + e,
                        true));
                bodies.put(section, null);
                if (firstBug == null) {
                    firstBug = e;
                }
            }
        }
        Path json = outDir.resolve("results.json");
        Path html = outDir.resolve("report.html");
        String relativeStudy = study.file().getFileName().toString();
        Results all = new Results(VersionProvider.version(), new StudyInfo(study.id(), study.title(), relativeStudy),
                results, problems);
        AtomicFiles.writeString(json, Json.toJson(all) + "\n");
        AtomicFiles.writeString(html, ReportPage.render(study, bodies, problems));
        return new ReportOutcome(json, html, List.copyOf(results.keySet()), List.copyOf(problems),
                Optional.ofNullable(firstBug));
    }

    private List<SectionProblem> unknownAnalyses(Study study) {
        List<SectionProblem> out = new ArrayList<>();
        List<String> known = sections.stream().map(ReportSection::id).toList();
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
