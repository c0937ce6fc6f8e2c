package org.permlab.app.gas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.permlab.app.report.Html;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.LegacySection;
import org.permlab.app.report.SectionOutput;
import org.permlab.app.text.Format;
import org.permlab.gas.GasProperty;
import org.permlab.gas.Species;
import org.permlab.io.study.Study;

/** The study's gases with their data and sources, and the Knudsen selectivities between them. */
public final class GasSection implements LegacySection {

    /** The section's results. */
    public record GasTable(List<GasViews.SpeciesView> gases, List<GasViews.KnudsenView> knudsen,
            Map<String, String> conventions) {
    }

    @Override
    public String id() {
        return "gases";
    }

    @Override
    public String title() {
        return "Gases";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(Study study) {
        return !study.gases().isEmpty();
    }

    @Override
    public SectionOutput render(ReportContext context) {
        List<Species> gases = context.study().gases();
        List<GasViews.KnudsenView> knudsen = new ArrayList<>();
        for (Species a : gases) {
            for (Species b : gases) {
                if (!a.equals(b) && a.molarMassKgPerMol() < b.molarMassKgPerMol()) {
                    knudsen.add(GasViews.knudsen(a, b));
                }
            }
        }
        StringBuilder html = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        TreeSet<String> sources = new TreeSet<>();
        for (Species s : gases) {
            List<String> row = new ArrayList<>(List.of(s.formula(), s.name()));
            for (GasProperty p : GasProperty.values()) {
                GasViews.PropertyView v = GasViews.of(s).properties().get(p.key());
                row.add(v == null ? "" : Format.sig(v.value(), 6));
                if (v != null) {
                    sources.add(v.source());
                }
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("Gas", "Name"));
        for (GasProperty p : GasProperty.values()) {
            header.add(p.label() + " (" + p.displayUnit() + ")");
        }
        html.append(Html.table(header, rows));
        if (!knudsen.isEmpty()) {
            html.append(Html.h3("Knudsen selectivities"));
            List<List<String>> krows = new ArrayList<>();
            for (GasViews.KnudsenView k : knudsen) {
                krows.add(List.of(k.fast() + "/" + k.slow(), Format.fixed(k.selectivity(), 4)));
            }
            html.append(Html.table(List.of("Pair", "Knudsen selectivity sqrt(M_slow/M_fast)"), krows));
        }
        html.append(Html.h3("Sources"));
        StringBuilder list = new StringBuilder("<ul>\n");
        sources.forEach(src -> list.append("<li>").append(Html.esc(src)).append("</li>\n"));
        html.append(list.append("</ul>\n"));
        Map<String, String> conventions = new LinkedHashMap<>();
        conventions.put("knudsen", "sqrt(M_slow / M_fast), molar masses from IUPAC 2007 atomic weights");
        conventions.put("kinetic_diameter", "Breck (1974); ethane from Li et al. (2009)");
        return new SectionOutput(new GasTable(gases.stream().map(GasViews::of).toList(), knudsen, conventions),
                html.toString());
    }
}
