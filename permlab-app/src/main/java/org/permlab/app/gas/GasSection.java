package org.permlab.app.gas;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.permlab.app.report.Html;
import org.permlab.app.report.ReportContext;
import org.permlab.app.report.LegacySection;
import org.permlab.app.report.SectionOutput;
import org.permlab.app.text.Format;
import org.permlab.gas.GasProperty;
import org.permlab.gas.GasTable;
import org.permlab.gas.KnudsenSelectivity;
import org.permlab.gas.SpeciesData;
import org.permlab.io.study.Study;

/** The study's gases with their data and sources, and the Knudsen selectivities between them (core's GasTable). */
public final class GasSection implements LegacySection {

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
        GasTable table = GasTable.of(context.study().gases());
        StringBuilder html = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        TreeSet<String> sources = new TreeSet<>();
        for (SpeciesData s : table.gases()) {
            List<String> row = new ArrayList<>(List.of(s.formula(), s.name()));
            for (GasProperty p : GasProperty.values()) {
                SpeciesData.Value v = s.properties().get(p.key());
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
        if (!table.knudsen().isEmpty()) {
            html.append(Html.h3("Knudsen selectivities"));
            List<List<String>> krows = new ArrayList<>();
            for (KnudsenSelectivity k : table.knudsen()) {
                krows.add(List.of(k.fast().formula() + "/" + k.slow().formula(), Format.fixed(k.selectivity(), 4)));
            }
            html.append(Html.table(List.of("Pair", "Knudsen selectivity sqrt(M_slow/M_fast)"), krows));
        }
        html.append(Html.h3("Sources"));
        StringBuilder list = new StringBuilder("<ul>\n");
        sources.forEach(src -> list.append("<li>").append(Html.esc(src)).append("</li>\n"));
        html.append(list.append("</ul>\n"));
        return new SectionOutput(table, html.toString());
    }
}
