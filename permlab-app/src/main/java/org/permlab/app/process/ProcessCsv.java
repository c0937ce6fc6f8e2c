package org.permlab.app.process;

import java.util.Locale;

import org.permlab.process.CascadeResult;
import org.permlab.process.ModuleProfile;
import org.permlab.process.NamedStream;

/** CSV tables of process results (units in the headers, full precision). */
final class ProcessCsv {

    private ProcessCsv() {
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    static String profile(ModuleProfile p) {
        StringBuilder sb = new StringBuilder("area_m2,feed_side_flow_mol_s,permeate_side_flow_mol_s,"
                + "feed_side_pressure_Pa,permeate_side_pressure_Pa");
        for (String s : p.species()) {
            sb.append(",x_").append(s);
        }
        for (String s : p.species()) {
            sb.append(",y_").append(s);
        }
        sb.append('\n');
        double[] area = p.areaM2();
        double[] feedFlow = p.retentateFlowMolPerS();
        double[] permeateFlow = p.permeateFlowMolPerS();
        double[] feedPressure = p.feedSidePressurePa();
        double[] permeatePressure = p.permeateSidePressurePa();
        double[][] xs = p.retentateMoleFractions();
        double[][] ys = p.permeateMoleFractions();
        for (int k = 0; k < p.points(); k++) {
            sb.append(num(area[k])).append(',').append(num(feedFlow[k])).append(',')
                    .append(num(permeateFlow[k])).append(',').append(num(feedPressure[k]))
                    .append(',').append(num(permeatePressure[k]));
            for (double x : xs[k]) {
                sb.append(',').append(num(x));
            }
            for (double y : ys[k]) {
                sb.append(',').append(num(y));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String streams(CascadeResult r) {
        StringBuilder sb = new StringBuilder("stream,role,from,to,flow_mol_s,pressure_Pa,temperature_K");
        for (String s : r.species()) {
            sb.append(",x_").append(s);
        }
        sb.append('\n');
        for (NamedStream n : r.streams()) {
            sb.append(n.name()).append(',').append(n.role()).append(',').append(n.from().orElse("")).append(',')
                    .append(n.to().orElse("")).append(',').append(num(n.stream().totalFlowMolS())).append(',')
                    .append(num(n.stream().pressurePa())).append(',').append(String.format(Locale.ROOT, "%s",
                            num(n.stream().temperatureK())));
            for (double x : n.stream().moleFractions()) {
                sb.append(',').append(num(x));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
