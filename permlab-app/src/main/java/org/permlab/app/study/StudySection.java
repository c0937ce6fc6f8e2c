package org.permlab.app.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.app.report.Html;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.LegacySection;
import org.permlab.app.report.SectionOutput;
import org.permlab.app.text.Format;
import org.permlab.io.study.DataFile;
import org.permlab.io.study.Reagent;
import org.permlab.io.study.Sample;
import org.permlab.io.study.Study;
import org.permlab.io.study.SynthesisRecord;
import org.permlab.io.study.SynthesisStep;
import org.permlab.quantity.Measured;
import org.permlab.tradeoff.MembraneClass;

/** Samples (with area and thickness and their uncertainties), synthesis records and data files. Always shown. */
public final class StudySection implements LegacySection {

    /** A sample in results.json; areas in cm2 and thicknesses in um, as users quote them. */
    public record SampleView(String id, String kind, String material, Optional<String> layerClass,
            Optional<Double> areaCm2,
            Optional<Double> areaSdCm2, Optional<Double> thicknessUm, Optional<Double> thicknessSdUm,
            Optional<String> derivedFrom, Optional<SynthesisRecord> synthesis, Optional<String> notes) {
    }

    /** A data file in results.json. */
    public record DataView(String id, String kind, String path, Optional<String> sample) {
    }

    /** The section's results. */
    public record StudyView(String id, String title, Optional<String> description, Optional<String> reference,
            List<SampleView> samples, List<DataView> data) {
    }

    @Override
    public String id() {
        return "study";
    }

    @Override
    public String title() {
        return "Study and samples";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public boolean appliesTo(Study study) {
        return true;
    }

    @Override
    public SectionOutput render(ReportContext context) {
        Study s = context.study();
        List<SampleView> samples = s.samples().stream().map(StudySection::view).toList();
        List<DataView> data = s.data().stream().map(d -> new DataView(d.id(), d.kind().word(),
                s.directory().relativize(d.path()).toString().replace('\\', '/'), d.sample())).toList();
        StringBuilder html = new StringBuilder();
        s.description().ifPresent(d -> html.append(Html.p(d)));
        s.reference().ifPresent(r -> html.append(Html.note("Reference: " + r)));
        html.append(Html.h3("Samples"));
        List<List<String>> rows = new ArrayList<>();
        for (Sample x : s.samples()) {
            rows.add(List.of(x.id(), x.kind().word(), x.material(),
                    x.layerClass().map(MembraneClass::label).orElse(""), cell(x.areaM2(), 1e-4),
                    cell(x.thicknessM(), 1e-6), x.derivedFrom().orElse(""),
                    x.synthesis().map(SynthesisRecord::route).orElse("")));
        }
        html.append(Html.table(List.of("Sample", "Kind", "Material", "Class", "Area (cm2)", "Thickness (um)",
                "Made from", "Route"), rows));
        html.append(Html.note("Uncertainties are one standard deviation as given in study.yaml."));
        for (Sample x : s.samples()) {
            x.synthesis().filter(r -> !r.steps().isEmpty() || !r.reagents().isEmpty())
                    .ifPresent(r -> html.append(synthesisHtml(x.id(), r)));
        }
        if (!data.isEmpty()) {
            html.append(Html.h3("Data files"));
            List<List<String>> drows = new ArrayList<>();
            for (DataFile d : s.data()) {
                drows.add(List.of(d.id(), d.kind().word(), s.directory().relativize(d.path()).toString(),
                        d.sample().orElse("")));
            }
            html.append(Html.table(List.of("Id", "Kind", "File", "Sample"), drows));
        }
        return new SectionOutput(new StudyView(s.id(), s.title(), s.description(), s.reference(), samples, data),
                html.toString());
    }

    private static SampleView view(Sample x) {
        return new SampleView(x.id(), x.kind().word(), x.material(), x.layerClass().map(MembraneClass::word),
                x.areaM2().map(m -> m.value() / 1e-4),
                x.areaM2().map(m -> m.sd() / 1e-4), x.thicknessM().map(m -> m.value() / 1e-6),
                x.thicknessM().map(m -> m.sd() / 1e-6), x.derivedFrom(), x.synthesis(), x.notes());
    }

    private static String cell(Optional<Measured> m, double unitSi) {
        return m.map(v -> v.sd() > 0 ? Format.measured(v.value() / unitSi, v.sd() / unitSi)
                : Format.sig(v.value() / unitSi, 6)).orElse("");
    }

    private static String synthesisHtml(String sampleId, SynthesisRecord r) {
        StringBuilder sb = new StringBuilder(Html.h3("Synthesis of " + sampleId));
        r.support().ifPresent(sp -> sb.append(Html.p("Support: " + sp)));
        if (!r.reagents().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Reagent g : r.reagents()) {
                rows.add(List.of(g.name(), g.amount().orElse(""), g.note().orElse("")));
            }
            sb.append(Html.table(List.of("Reagent", "Amount", "Note"), rows));
        }
        if (!r.steps().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int i = 1;
            for (SynthesisStep st : r.steps()) {
                rows.add(List.of(String.valueOf(i++), st.action(),
                        st.temperatureK().map(t -> Format.sig(t, 5)).orElse(""),
                        st.durationS().map(d -> Format.sig(d / 3600.0, 4)).orElse(""),
                        st.rateKPerS().map(v -> Format.sig(v * 60.0, 4)).orElse(""), st.atmosphere().orElse("")));
            }
            sb.append(Html.table(List.of("Step", "Action", "Temperature (K)", "Duration (h)", "Rate (K/min)",
                    "Atmosphere"), rows));
        }
        return sb.toString();
    }
}
