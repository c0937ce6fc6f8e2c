package org.permlab.app.pals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.app.cli.Batch;
import org.permlab.app.plot.FigureFiles;
import org.permlab.app.report.Html;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.LegacySection;
import org.permlab.app.report.SectionOutput;
import org.permlab.app.text.Format;
import org.permlab.error.InvalidInputException;
import org.permlab.io.pals.ControlFileReader;
import org.permlab.io.pals.PalsAnalysis;
import org.permlab.io.pals.PalsJob;
import org.permlab.io.pals.PalsSettingsReader;
import org.permlab.io.pals.SpectrumFile;
import org.permlab.io.pals.SpectrumReader;
import org.permlab.io.study.DataFile;
import org.permlab.io.study.DataKind;
import org.permlab.io.study.Sample;
import org.permlab.io.study.Study;
import org.permlab.pals.CycleFit;
import org.permlab.pals.FitSettings;
import org.permlab.pals.FreeVolume;
import org.permlab.pals.LifetimeFit;
import org.permlab.pals.LifetimeFitter;
import org.permlab.quantity.Measured;
import org.permlab.result.Conventions;

/**
 * The study's positron lifetimes: every {@code pals-spectrum} (fitted with the {@code analyses: pals:} settings)
 * and {@code pals-control} file (fitted with its own POSITRONFIT settings), spectrum/fit/residual figures, a table
 * of lifetimes, intensities, cavity diameters and FFV, and the seed's Fig. 4a (cavity diameter against o-Ps
 * intensity).
 */
public final class PalsSection implements LegacySection {

    /**
     * One fitted spectrum in results.json: the data file's id, its sample and material, the spectrum as read, the
     * fit and the free volume from its o-Ps component.
     */
    public record SpectrumResult(String data, Optional<String> sample, Optional<String> material,
            SpectrumFile spectrum, LifetimeFit fit, FreeVolume freeVolume) {
    }

    /** A spectrum that could not be fitted; the others go on. */
    public record Failure(String data, String problem) {
    }

    /** The section's results; its conventions are the first fit's and the free-volume model's. */
    public record PalsResults(List<SpectrumResult> spectra, List<Failure> failures, Conventions conventions) {
        public PalsResults {
            spectra = List.copyOf(spectra);
            failures = List.copyOf(failures);
        }
    }

    private record Fitted(DataFile data, SpectrumFile file, LifetimeFit fit, FreeVolume freeVolume) {
    }

    @Override
    public String id() {
        return "pals";
    }

    @Override
    public String title() {
        return "Positron lifetimes and free volume";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public SectionOutput render(ReportContext context) {
        Study study = context.study();
        PalsAnalysis analysis = PalsSettingsReader.analysis(context.settings());
        List<DataFile> files = new ArrayList<>(study.data(DataKind.PALS_SPECTRUM));
        files.addAll(study.data(DataKind.PALS_CONTROL));
        if (files.isEmpty()) {
            throw context.settings().error("the study lists no data files of kind pals-spectrum or pals-control to "
                    + "fit");
        }
        List<Batch.Outcome<DataFile, Fitted>> outcomes = Batch.run(files, d -> fit(study, d, analysis), "spectra",
                null, 0);
        List<SpectrumResult> results = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<PalsCharts.CavityPoint> points = new ArrayList<>();
        StringBuilder figures = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        int maxComponents = 0;
        for (Batch.Outcome<DataFile, Fitted> o : outcomes) {
            if (o.result().isPresent()) {
                maxComponents = Math.max(maxComponents, o.result().get().fit().result().components().size());
            }
        }
        StringBuilder warnings = new StringBuilder();
        for (Batch.Outcome<DataFile, Fitted> o : outcomes) {
            DataFile d = o.item();
            if (o.result().isEmpty()) {
                failures.add(new Failure(d.id(), o.error().orElse("")));
                context.skipped("spectrum " + d.id() + " not fitted: " + o.error().orElse(""));
                continue;
            }
            Fitted f = o.result().get();
            CycleFit c = f.fit().result();
            Optional<Sample> sample = d.sample().flatMap(study::sample);
            String label = sample.map(Sample::material).orElse(d.id());
            FreeVolume fv = f.freeVolume();
            results.add(new SpectrumResult(d.id(), d.sample(), sample.map(Sample::material), f.file(), f.fit(), fv));
            Measured i3 = fv.i3Pct().orElse(Measured.exact(0.0));
            points.add(new PalsCharts.CavityPoint(label, fv.diameterAngstrom().value(), fv.diameterAngstrom().sd(),
                    i3.value(), i3.sd()));
            List<String> row = new ArrayList<>(List.of(d.sample().orElse(d.id()), label));
            for (int j = 0; j < maxComponents; j++) {
                boolean has = j < c.components().size();
                row.add(has ? PalsText.measured(c.components().get(j).lifetimeNs().value(),
                        c.components().get(j).lifetimeNs().sd()) : "");
                row.add(has ? PalsText.measured(c.components().get(j).intensityPct().value(),
                        c.components().get(j).intensityPct().sd()) : "");
            }
            row.add(PalsText.measured(c.meanLifetimeNs().value(), c.meanLifetimeNs().sd()));
            row.add(Format.fixed(c.reducedChiSquare(), 3) + " ± " + Format.fixed(c.reducedChiSquareSd(), 3));
            row.add(Format.fixed(c.significancePct(), 1));
            row.add(PalsText.measured(fv.diameterAngstrom()));
            row.add(fv.ffvPct().map(PalsText::measured).orElse(""));
            rows.add(row);
            double w = f.file().spectrum().channelWidthNs();
            FigureFiles spectrumFig = context.figure(PalsCharts.spectrum(c, w, label + ": spectrum and fit"),
                    "spectrum-" + d.id());
            FigureFiles residualFig = context.figure(PalsCharts.residuals(c, w, label + ": residuals"),
                    "residuals-" + d.id());
            figures.append(Html.figure(context, spectrumFig, label + " (" + d.id() + "): counts, fit, components"
                    + (c.sourceArea() > 0 ? ", subtracted source" : "") + " and background on a log scale; time "
                    + "after the fitted T0"));
            figures.append(Html.figure(context, residualFig, label + ": weighted residuals (y - f)/sqrt(f) over the "
                    + "fit range"));
            for (String wtext : c.warnings()) {
                warnings.append(Html.note(d.id() + ": " + wtext));
            }
        }
        StringBuilder html = new StringBuilder();
        html.append(Html.p(describe(analysis)));
        if (!rows.isEmpty()) {
            List<String> header = new ArrayList<>(List.of("Sample", "Material"));
            for (int j = 1; j <= maxComponents; j++) {
                header.add("tau" + j + " (ns)");
                header.add("I" + j + " (%)");
            }
            header.addAll(List.of("Mean lifetime (ns)", "Reduced chi2", "Significance (%)",
                    "Cavity diameter (A)", "FFV (%)"));
            html.append(Html.table(header, rows));
            html.append(Html.note("Lifetimes, intensities and the values derived from them are given with one "
                    + "standard deviation from the unscaled inverse Fisher information (intensities and mean lifetime "
                    + "from the full covariance). Cavity diameter from the o-Ps (longest) lifetime by "
                    + analysis.poreModel().describe() + "; FFV = C (4/3) pi R^3 I3 with C = " + analysis.ffvC()
                    + " (seed eqs. 1-2), taking tau3 and I3 as independent."));
            html.append(warnings);
            FigureFiles fig4 = context.figure(PalsCharts.cavities(points, "Cavity diameter from tau3 (cf. seed "
                    + "Fig. 4a)"), "cavities");
            html.append(Html.figure(context, fig4, "Cavity diameter (Tao-Eldrup, from tau3) against the o-Ps "
                    + "intensity I3, one point per spectrum; error bars: one SD of I3 (the diameters' SDs are in the "
                    + "table)"));
            html.append(figures);
        }
        if (!failures.isEmpty()) {
            html.append(Html.h3("Spectra that could not be fitted"));
            List<List<String>> frows = new ArrayList<>();
            failures.forEach(x -> frows.add(List.of(x.data(), x.problem())));
            html.append(Html.table(List.of("Data", "Problem"), frows));
        }
        if (results.isEmpty()) {
            throw InvalidInputException.of("pals", "no spectrum could be fitted: " + failures.get(0).problem());
        }
        Conventions conventions = results.get(0).fit().conventions()
                .plus(FreeVolume.conventions(analysis.poreModel(), analysis.ffvC()));
        return new SectionOutput(new PalsResults(results, failures, conventions), html.toString());
    }

    private static String describe(PalsAnalysis a) {
        StringBuilder sb = new StringBuilder("Each spectrum is fitted with " + a.components().size()
                + " lifetime components and a constant background, convolved with a resolution function of "
                + a.resolution().peaks().size() + " Gaussian(s) (FWHM ");
        for (int p = 0; p < a.resolution().peaks().size(); p++) {
            sb.append(p == 0 ? "" : ", ").append(Format.sig(a.resolution().peaks().get(p).fwhmNs().value() * 1000, 4))
                    .append(" ps");
        }
        sb.append("), by ").append(a.weighting() == org.permlab.numerics.SeparableFitter.Weighting.POISSON
                ? "Poisson maximum likelihood" : "Neyman chi-square");
        a.sourceCorrection().ifPresent(s -> sb.append(", with a source correction in two cycles (")
                .append(String.join(", ", s.components().stream().map(x -> Format.sig(x.lifetimeNs() * 1000, 4)
                        + " ps").toList()))
                .append(" at ").append(s.totalPct()).append(" % of the net area)"));
        sb.append(". Control files (pals-control) are fitted with their own settings.");
        return sb.toString();
    }

    private static Fitted fit(Study study, DataFile d, PalsAnalysis analysis) {
        String source = study.directory().relativize(d.path()).toString().replace('\\', '/');
        SpectrumFile file;
        FitSettings settings;
        if (d.kind() == DataKind.PALS_CONTROL) {
            PalsJob job = ControlFileReader.read(d.path(), source, study::mayRead);
            file = job.spectrum();
            settings = job.settings();
        } else {
            PalsSettingsReader.SpectrumOptions o = PalsSettingsReader.spectrumOptions(d.options(),
                    analysis.channelWidthNs());
            file = SpectrumReader.read(d.path(), source, o.format(), o.channelWidthNs(), o.selector(), o.channels());
            try {
                settings = analysis.settingsFor(file.spectrum(), o.fitRange(), o.t0Channel());
            } catch (InvalidInputException e) {
                throw d.options().relocate(e);
            }
        }
        LifetimeFit fit;
        try {
            fit = LifetimeFitter.fit(file.spectrum(), settings);
        } catch (InvalidInputException e) {
            throw e.source().isPresent() ? e : InvalidInputException.at(source, 0, 0, e.field().orElse("fit"),
                    e.problem());
        }
        CycleFit last = fit.result();
        int ops = FreeVolume.orthoPositroniumComponent(last, analysis.opsComponent());
        FreeVolume fv;
        try {
            fv = FreeVolume.fromFit(last, ops, analysis.poreModel(), analysis.ffvC());
        } catch (InvalidInputException e) {
            // the fitted o-Ps component gives no cavity (e.g. a negative I3): located at the spectrum
            throw InvalidInputException.at(source, 0, 0, "free volume: " + e.field().orElse("o-Ps component"),
                    e.problem()).withCause(e);
        }
        return new Fitted(d, file, fit, fv);
    }
}
