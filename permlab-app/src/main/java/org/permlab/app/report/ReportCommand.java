package org.permlab.app.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.permlab.app.cli.CliVerb;
import org.permlab.io.study.Study;
import org.permlab.io.study.StudyLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permlab report STUDY}: every analysis of a study, one HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run every analysis of a study and write results.json, figures and report.html.",
        footer = {"", "STUDY is a folder with a study.yaml (format: docs/study-format.md), or the yaml itself.",
            "Output goes to STUDY/out/ unless -o is given; only permlab's own files there are replaced.",
            "A section that fails on bad input is reported and the others still run (exit code 2).", "",
            "Examples:", "  permlab report examples/zif62-helium",
            "  permlab report my-study -o /tmp/my-study-report"})
public final class ReportCommand implements CliVerb, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STUDY", description = "The study folder or its study.yaml.")
    Path study;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default STUDY/out).")
    Path out;

    @Option(names = "--allow-outside", paramLabel = "DIR", description = "A folder outside the study that its data "
            + "may lie in (repeatable); by default a study reads only inside its own folder.")
    java.util.List<Path> allowOutside = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Study s = StudyLoader.load(study, allowOutside);
        Path outDir = out != null ? out : s.file().getParent().resolve("out");
        ReportOutcome outcome = ReportWriter.discover().write(s, outDir);
        stdout.println("study " + s.id() + ": " + s.samples().size() + " samples, " + s.data().size()
                + " data files; sections: " + String.join(", ", outcome.sectionsRun()));
        stdout.println("wrote " + outcome.reportHtml() + " and " + outcome.resultsJson().getFileName());
        for (SectionProblem p : outcome.problems()) {
            stderr.println("permlab report: section " + p.section() + ": " + p.message());
        }
        if (outcome.firstBug().isPresent()) {
            throw new IllegalStateException("a report section failed: " + outcome.firstBug().get(),
                    outcome.firstBug().get());
        }
        return outcome.problems().isEmpty() ? 0 : 2;
    }
}
