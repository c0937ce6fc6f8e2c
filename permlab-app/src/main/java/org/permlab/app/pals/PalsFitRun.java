package org.permlab.app.pals;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.permlab.app.cli.Batch;
import org.permlab.app.json.Json;
import org.permlab.app.plot.FigureWriter;
import org.permlab.app.text.Format;
import org.permlab.app.text.TextTable;
import org.permlab.io.safety.OutputFolder;
import org.permlab.error.InvalidInputException;
import org.permlab.io.pals.ControlFileReader;
import org.permlab.io.pals.PalsJob;
import org.permlab.io.pals.SpectrumFile;
import org.permlab.io.pals.SpectrumFormat;
import org.permlab.io.pals.SpectrumReader;
import org.permlab.pals.CycleFit;
import org.permlab.pals.FitResiduals;
import org.permlab.pals.FitSettings;
import org.permlab.pals.FreeVolume;
import org.permlab.pals.FreeVolumeConstants;
import org.permlab.pals.LifetimeFit;
import org.permlab.pals.LifetimeFitter;
import org.permlab.pals.PoreModel;
import org.permlab.quantity.Measured;

import picocli.CommandLine.Model.CommandSpec;

/**
 * How {@code fit} and {@code resolution-fit} run: inputs expanded, each spectrum read (or its control file) and
 * fitted, one result printed (text or JSON) or a batch tabulated, and {@code -o DIR} written.
 */
class PalsFitRun extends PalsOptions.Fit {

    /** The spectrum files of the arguments: files as given, folders expanded to their spectra. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".dat") || n.endsWith(".txt") || n.endsWith(".csv")
                                || n.endsWith(".spe") || n.endsWith(".pfc");
                    }).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw InvalidInputException.of(p.toString(), "cannot list the folder: " + e.getMessage());
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads one input and fits it. */
    Result fitOne(Path file, boolean resolutionFit) {
        String name = file.toString();
        SpectrumFile sf;
        FitSettings settings;
        String program = resolutionFit ? "RESOLUTIONFIT" : "POSITRONFIT";
        if (name.toLowerCase(Locale.ROOT).endsWith(".pfc") || name.toLowerCase(Locale.ROOT).endsWith(".rfc")) {
            PalsJob job = ControlFileReader.read(file, name);
            sf = job.spectrum();
            settings = job.settings().withStarts(starts);
            program = job.program();
        } else {
            if (channelWidth == null) {
                throw InvalidInputException.of("--channel-width", "give the channel width of " + name
                        + ", e.g. --channel-width 13ps (or use --control JOB.pfc)");
            }
            double width = PalsOptions.positiveNs(channelWidth, "--channel-width");
            SpectrumFormat f = PalsOptions.format(format);
            if (f.kind() == SpectrumFormat.Kind.FORTRAN && channels == null) {
                throw InvalidInputException.of("--channels", "a Fortran-format spectrum needs --channels");
            }
            sf = SpectrumReader.read(file, name, f, width, Optional.ofNullable(selector),
                    Optional.ofNullable(channels));
            settings = settings(sf.spectrum(), resolutionFit);
        }
        LifetimeFit fit;
        try {
            fit = LifetimeFitter.fit(sf.spectrum(), settings);
        } catch (InvalidInputException e) {
            throw e.source().isPresent() ? e : InvalidInputException.at(sf.source(), 0, 0,
                    e.field().orElse("fit"), e.problem());
        }
        Optional<FreeVolume> fv = Optional.empty();
        if (freeVolume) {
            CycleFit last = fit.result();
            int j = FreeVolume.orthoPositroniumComponent(last, Optional.empty());
            fv = Optional.of(FreeVolume.fromFit(last, j, PoreModel.TaoEldrup.standard(),
                    FreeVolumeConstants.ffvC().value()));
        }
        Optional<List<FitResiduals>> table = Optional.empty();
        if (residuals) {
            table = Optional.of(fit.cycles().stream().map(c -> c.residualTable(sf.firstChannelInFile())).toList());
        }
        return new Result(new FittedSpectrum(sf, fit, fv, table), program);
    }

    int execute(CommandSpec spec, List<Path> inputs, boolean resolutionFit) {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new ArrayList<>(inputs);
        if (control != null) {
            files.add(0, control);
        }
        if (files.isEmpty()) {
            throw InvalidInputException.of("SPECTRUM", "give a spectrum file, a folder of spectra, or --control "
                    + "JOB.pfc");
        }
        files = expand(files);
        if (files.isEmpty()) {
            throw InvalidInputException.of("SPECTRUM", "no spectrum files (.dat, .txt, .csv, .spe, .pfc) in "
                    + inputs);
        }
        Optional<OutputFolder> folder = outputs.open(files);
        boolean single = files.size() == 1 && !Files.isDirectory(inputs.isEmpty() ? control : inputs.get(0));
        if (single) {
            Result r = fitOne(files.get(0), resolutionFit);
            folder.ifPresent(f -> write(f, r));
            if (json.enabled()) {
                Json.print(r.fitted(), out);
            } else {
                out.println(r.program() + "-style fit (permlab)");
                FittedSpectrum f = r.fitted();
                PalsText.fit(f.spectrum(), f.fit(), f.freeVolume(), out, correlations);
            }
            return 0;
        }
        PrintWriter progress = Batch.interactive() ? spec.commandLine().getErr() : null;
        List<Batch.Outcome<Path, Result>> outcomes = Batch.run(files, f -> fitOne(f, resolutionFit), "spectra",
                progress, threads);
        return batchOutput(spec, outcomes, folder);
    }

    private int batchOutput(CommandSpec spec, List<Batch.Outcome<Path, Result>> outcomes,
            Optional<OutputFolder> folder) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Map<String, Object>> rows = new ArrayList<>();
        int maxComponents = 0;
        for (Batch.Outcome<Path, Result> o : outcomes) {
            if (o.result().isPresent()) {
                maxComponents = Math.max(maxComponents, o.result().get().fitted().fit().result().components()
                        .size());
            }
        }
        List<String> header = new ArrayList<>(List.of("file"));
        for (int j = 1; j <= maxComponents; j++) {
            header.add("tau" + j + " (ns)");
            header.add("I" + j + " (%)");
        }
        header.addAll(List.of("mean tau (ns)", "reduced chi2", "significance (%)", "status"));
        TextTable table = new TextTable(header.toArray(new String[0]));
        StringBuilder csv = new StringBuilder();
        List<String> csvHeader = new ArrayList<>(List.of("file"));
        for (int j = 1; j <= maxComponents; j++) {
            csvHeader.addAll(List.of("tau" + j + "_ns", "tau" + j + "_sd_ns", "I" + j + "_pct", "I" + j
                    + "_sd_pct"));
        }
        csvHeader.addAll(List.of("background", "background_sd", "t0_channel", "t0_sd", "mean_lifetime_ns",
                "mean_lifetime_sd_ns", "chi2", "dof", "reduced_chi2", "significance_pct", "converged", "warnings",
                "error"));
        csv.append(String.join(",", csvHeader)).append('\n');
        int failed = 0;
        for (Batch.Outcome<Path, Result> o : outcomes) {
            String file = o.item().toString();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", file);
            if (o.result().isEmpty()) {
                failed++;
                row.put("error", o.error().orElse(""));
                rows.add(row);
                List<Object> cells = new ArrayList<>(List.of(file));
                for (int j = 0; j < 2 * maxComponents + 3; j++) {
                    cells.add("-");
                }
                cells.add("FAILED");
                table.row(cells.toArray());
                List<String> c = new ArrayList<>(List.of(csvCell(file)));
                for (int j = 1; j < csvHeader.size() - 1; j++) {
                    c.add("");
                }
                c.add(csvCell(o.error().orElse("")));
                csv.append(String.join(",", c)).append('\n');
                continue;
            }
            FittedSpectrum fitted = o.result().get().fitted();
            CycleFit v = fitted.fit().result();
            row.put("result", fitted);
            rows.add(row);
            List<Object> cells = new ArrayList<>(List.of(file));
            List<String> c = new ArrayList<>(List.of(csvCell(file)));
            for (int j = 0; j < maxComponents; j++) {
                boolean has = j < v.components().size();
                Measured tau = has ? v.components().get(j).lifetimeNs() : null;
                Measured pct = has ? v.components().get(j).intensityPct() : null;
                cells.add(has ? PalsText.measured(tau) : "-");
                cells.add(has ? PalsText.measured(pct) : "-");
                c.add(has ? num(tau.value()) : "");
                c.add(has ? num(tau.sd()) : "");
                c.add(has ? num(pct.value()) : "");
                c.add(has ? num(pct.sd()) : "");
            }
            cells.add(PalsText.measured(v.meanLifetimeNs()));
            cells.add(Format.fixed(v.reducedChiSquare(), 3));
            cells.add(Format.fixed(v.significancePct(), 1));
            cells.add(v.converged() ? (v.warnings().isEmpty() ? "ok" : v.warnings().size() + " warning(s)")
                    : "NOT CONVERGED");
            table.row(cells.toArray());
            c.addAll(List.of(num(v.background().value()), num(v.background().sd()), num(v.t0Channel().value()),
                    num(v.t0Channel().sd()), num(v.meanLifetimeNs().value()), num(v.meanLifetimeNs().sd()),
                    num(v.chiSquare()), String.valueOf(v.dof()), num(v.reducedChiSquare()),
                    num(v.significancePct()), String.valueOf(v.converged()),
                    csvCell(String.join("; ", v.warnings())), ""));
            csv.append(String.join(",", c)).append('\n');
            Result done = o.result().get();
            folder.ifPresent(f -> write(f, done));
        }
        folder.ifPresent(f -> f.writeString("pals-batch.csv", csv.toString()));
        if (json.enabled()) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("spectra", rows);
            all.put("failed", failed);
            Json.print(all, out);
        } else {
            table.print(out);
            out.println(outcomes.size() + " spectra, " + failed + " failed; lifetimes and intensities ± one SD; "
                    + "Poisson maximum likelihood unless a control file says otherwise");
        }
        for (Batch.Outcome<Path, Result> o : outcomes) {
            o.error().ifPresent(e -> err.println("permlab: " + e));
        }
        return failed > 0 ? 2 : 0;
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void write(OutputFolder dir, Result r) {
        SpectrumFile file = r.fitted().spectrum();
        String base = file.source().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\.[^.]*$", "");
        dir.writeString(base + "-fit.json", Json.toJson(r.fitted()) + "\n");
        CycleFit c = r.fitted().fit().result();
        FitResiduals t = c.residualTable(file.firstChannelInFile());
        int[] ch = t.channels();
        double[] counts = t.counts();
        double[] model = t.model();
        double[] res = t.residuals();
        double[] src = t.source();
        StringBuilder csv = new StringBuilder("channel,counts,model,residual,source\n");
        for (int k = 0; k < ch.length; k++) {
            csv.append(ch[k]).append(',').append(counts[k]).append(',').append(model[k]).append(',')
                    .append(res[k]).append(',').append(src[k]).append('\n');
        }
        dir.writeString(base + "-fit.csv", csv.toString());
        double w = file.spectrum().channelWidthNs();
        FigureWriter.write(PalsCharts.spectrum(c, w, file.spectrum().label()), dir, base + "-fit");
        FigureWriter.write(PalsCharts.residuals(c, w, "Residuals: " + file.spectrum().label()), dir,
                base + "-residuals");
    }

    /** One fitted input and the program whose fit it follows. */
    record Result(FittedSpectrum fitted, String program) {
    }
}
