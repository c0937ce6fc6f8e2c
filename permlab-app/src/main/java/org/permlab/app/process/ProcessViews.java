package org.permlab.app.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.process.CascadeResult;
import org.permlab.process.CompressorResult;
import org.permlab.process.DesignResult;
import org.permlab.process.DesignVariable;
import org.permlab.process.Flowsheet;
import org.permlab.process.ModuleProfile;
import org.permlab.process.NamedStream;
import org.permlab.process.OptimisationResult;
import org.permlab.process.OptimisationVariable;
import org.permlab.process.ProcessStream;
import org.permlab.process.ProductSummary;
import org.permlab.process.SolverReport;
import org.permlab.process.StageResult;
import org.permlab.quantity.ReferenceState;
import org.permlab.quantity.Units;

/**
 * JSON views of process results (keys through {@code UnitAwareSnakeCase}: {@code flowMolS} -> {@code flow_mol_s},
 * {@code pressurePa} -> {@code pressure_Pa}, {@code compressorPowerW} -> {@code compressor_power_W},
 * {@code specificEnergyKwhPerKg} -> {@code specific_energy_kWh_per_kg}). Only unit conversion happens here.
 */
public final class ProcessViews {

    /** kWh per J. */
    static final double KWH = 3.6e6;

    private ProcessViews() {
    }

    /** A stream: total flow, mole fractions by species, component flows, pressure, temperature. */
    public record StreamView(double flowMolS, Map<String, Double> moleFractions,
            Map<String, Double> componentFlowsMolS, double pressurePa, double temperatureK) {
    }

    public static StreamView stream(ProcessStream s) {
        Map<String, Double> flows = new LinkedHashMap<>();
        for (int i = 0; i < s.species().size(); i++) {
            flows.put(s.species().get(i), s.flowMolS(i));
        }
        return new StreamView(s.totalFlowMolS(), s.moleFractionMap(), flows, s.pressurePa(), s.temperatureK());
    }

    /** How a solver went. */
    public record SolverView(boolean converged, String method, int iterations, int nodes, double residual,
            double discretisationError, String message) {
    }

    public static SolverView solver(SolverReport r) {
        return new SolverView(r.converged(), r.method(), r.iterations(), r.nodes(),
                Double.isFinite(r.residual()) ? r.residual() : -1, Double.isFinite(r.discretisationError())
                        ? r.discretisationError() : -1, r.message());
    }

    /** Profiles along a module (at most about 100 points). */
    public record ProfileView(List<Double> areaM2, List<Double> retentateFlowMolS, List<Double> permeateFlowMolS,
            Map<String, List<Double>> retentateMoleFractions, Map<String, List<Double>> permeateMoleFractions,
            List<Double> feedSidePressurePa, List<Double> permeateSidePressurePa) {
    }

    public static ProfileView profile(ModuleProfile p) {
        int step = Math.max(1, (p.points() - 1 + 99) / 100);
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < p.points(); k += step) {
            idx.add(k);
        }
        if (idx.get(idx.size() - 1) != p.points() - 1) {
            idx.add(p.points() - 1);
        }
        Map<String, List<Double>> x = new LinkedHashMap<>();
        Map<String, List<Double>> y = new LinkedHashMap<>();
        for (int i = 0; i < p.species().size(); i++) {
            int s = i;
            x.put(p.species().get(i), idx.stream().map(k -> p.retentateMoleFractions()[k][s]).toList());
            y.put(p.species().get(i), idx.stream().map(k -> p.permeateMoleFractions()[k][s]).toList());
        }
        return new ProfileView(idx.stream().map(k -> p.areaM2()[k]).toList(),
                idx.stream().map(k -> p.retentateFlowMolS()[k]).toList(),
                idx.stream().map(k -> p.permeateFlowMolS()[k]).toList(), x, y,
                idx.stream().map(k -> p.feedSidePressurePa()[k]).toList(),
                idx.stream().map(k -> p.permeateSidePressurePa()[k]).toList());
    }

    /** A solved stage (the keys: stage_cut, area_m2, retentate, permeate, recovery, mass_balance_error). */
    public record StageView(String stage, String pattern, String membrane, Map<String, Double> permeancesGpu,
            double areaM2, double temperatureK, StreamView feed, Optional<StreamView> sweep, StreamView retentate,
            StreamView permeate, double stageCut, Map<String, Double> recovery, double massBalanceError,
            SolverView solver, Optional<ProfileView> profile, Map<String, Object> conventions) {
    }

    public static StageView stage(StageResult r, String membraneName, double[] permeancesSi, boolean withProfile) {
        Map<String, Double> gpu = new LinkedHashMap<>();
        for (int i = 0; i < r.species().size(); i++) {
            gpu.put(r.species().get(i), Units.GPU.fromSi(permeancesSi[i], ReferenceState.NORMAL));
        }
        return new StageView(r.stage(), r.pattern().word(), membraneName, gpu, r.areaM2(), r.temperatureK(),
                stream(r.feed()), r.sweep().map(ProcessViews::stream), stream(r.retentate()), stream(r.permeate()),
                r.stageCut(), r.recoveries(), r.massBalanceError(), solver(r.solver()),
                withProfile ? r.profile().map(ProcessViews::profile) : Optional.empty(), stageConventions(r));
    }

    /** The conventions a stage result follows. */
    public static Map<String, Object> stageConventions(StageResult r) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("flux", "J_i = Q_i (p_F x_i - p_P y_i): solution-diffusion, ideal gas (CONVENTIONS §8)");
        c.put("flow_pattern", r.pattern().description());
        c.put("stage_cut", "permeated flow / feed flow, sweep excluded (CONVENTIONS §3)");
        c.put("recovery", "(permeate - sweep) / feed, per species");
        c.put("mass_balance_error", "max over species of |feed + sweep - retentate - permeate| / (feed + sweep)");
        c.put("gpu", "1 GPU = 3.3464e-10 mol/(m2 s Pa), exact (CONVENTIONS §1)");
        c.put("pressures", "absolute; the permeate pressure is the permeate outlet's");
        c.put("notes", r.notes());
        return c;
    }

    /** A compressor's duty. */
    public record CompressorView(String name, double powerW, double pressureRatio, int stages,
            double stagePressureRatio, double suctionPressurePa, double dischargePressurePa,
            double maxDischargeTemperatureK, double outletTemperatureK, double heatCapacityJPerMolK,
            double isentropicEfficiency, double flowMolS) {
    }

    public static CompressorView compressor(CompressorResult c) {
        return new CompressorView(c.name(), c.powerW(), c.pressureRatio(), c.stages(), c.stagePressureRatio(),
                c.inlet().pressurePa(), c.outlet().pressurePa(), c.maxDischargeTemperatureK(),
                c.outlet().temperatureK(), c.heatCapacityJPerMolK(), c.isentropicEfficiency(),
                c.inlet().totalFlowMolS());
    }

    /** A stream of a flowsheet. */
    public record StreamRowView(String name, String role, Optional<String> from, Optional<String> to, boolean tear,
            double flowMolS, Map<String, Double> moleFractions, Map<String, Double> componentFlowsMolS,
            double pressurePa, double temperatureK) {
    }

    public static StreamRowView row(NamedStream n) {
        StreamView s = stream(n.stream());
        return new StreamRowView(n.name(), n.role(), n.from(), n.to(), n.tear(), s.flowMolS(), s.moleFractions(),
                s.componentFlowsMolS(), s.pressurePa(), s.temperatureK());
    }

    /** The product. */
    public record ProductView(String stream, String species, double purity, double recovery,
            double massFlowKgPerS, double specificEnergyKwhPerKg) {
    }

    /** The recycle iteration. */
    public record RecycleView(boolean converged, String method, int passes, double residual, String message,
            List<String> tearStreams) {
    }

    /** A solved cascade (streams, compressor_power_W, specific_energy_kWh_per_kg at the top). */
    public record CascadeView(String flowsheet, double totalAreaM2, double compressorPowerW,
            Optional<Double> specificEnergyKwhPerKg, Optional<ProductView> product, List<StreamRowView> streams,
            List<StageView> stages, List<CompressorView> compressors, double massBalanceError, RecycleView recycle,
            Map<String, Object> conventions) {
    }

    public static CascadeView cascade(CascadeResult r, Map<String, String> membraneNames,
            Map<String, double[]> permeancesSi) {
        Optional<ProductView> product = r.product().map(ProcessViews::product);
        List<StageView> stages = new ArrayList<>();
        for (StageResult s : r.stages()) {
            stages.add(stage(s, membraneNames.getOrDefault(s.stage(), ""), permeancesSi.getOrDefault(s.stage(),
                    new double[s.species().size()]), false));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("compressors", "ideal gas, constant cp (ideal-gas cp at 298.15 K, mole-fraction average), equal "
                + "stage pressure ratios, intercooled and aftercooled to the intercooler temperature; "
                + "power = n sum cp T_s (r^(R/cp) - 1) / eta_s; cooler duties not counted");
        c.put("mixers", "outlet at the lowest inlet pressure (the others throttled), adiabatic ideal-gas mixing");
        c.put("specific_energy", "compressor power / product mass flow of the product species");
        c.put("recovery", "product flow of the species / its total feed flow");
        c.put("mass_balance_error", "max over species of |feeds - products| / total feed flow");
        c.put("stages", "each stage follows the stage conventions listed with it");
        return new CascadeView(r.name(), r.totalAreaM2(), r.compressorPowerW(),
                product.map(ProductView::specificEnergyKwhPerKg), product,
                r.streams().stream().map(ProcessViews::row).toList(), stages,
                r.compressors().stream().map(ProcessViews::compressor).toList(), r.massBalanceError(),
                new RecycleView(r.recycle().converged(), r.recycle().method(), r.recycle().iterations(),
                        Double.isFinite(r.recycle().residual()) ? r.recycle().residual() : -1,
                        r.recycle().message(), r.tearStreams()), c);
    }

    public static ProductView product(ProductSummary p) {
        return new ProductView(p.stream(), p.species(), p.purity(), p.recovery(), p.massFlowKgPerS(),
                p.specificEnergyJPerKg() / KWH);
    }

    /** A designed stage. */
    public record DesignView(String target, String vary, Optional<Double> areaM2, Optional<Double> feedPressurePa,
            double achieved, StageView stage, SolverView search, Map<String, Object> conventions) {
    }

    public static DesignView design(DesignResult d, String membraneName, double[] permeancesSi) {
        boolean area = d.variable() == DesignVariable.AREA;
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("target", "purity = permeate mole fraction; recovery = (permeate - sweep) / feed; stage cut = "
                + "permeated / feed flow");
        c.put("search", "logarithmic scan of the variable to bracket the target, then Brent to 1e-9 relative");
        c.put("stage", "the designed stage follows the stage conventions listed with it");
        return new DesignView(d.target().spec(), d.variable().word(), area ? Optional.of(d.valueSi())
                : Optional.empty(), area ? Optional.empty() : Optional.of(d.valueSi()), d.achieved(),
                stage(d.stage(), membraneName, permeancesSi, false), solver(d.solver()), c);
    }

    /** One variable of an optimisation (values in SI, {@code unit}). */
    public record VariableView(String parameter, String unit, double lower, double upper, double optimum) {
    }

    /** An optimisation. */
    public record OptimisationView(List<VariableView> variables, double annualCost, double areaCost,
            double energyCost, String currency, Map<String, Double> constraints, boolean feasible,
            int evaluations, String method, String message, CascadeView cascade, Map<String, Object> conventions) {
    }

    public static OptimisationView optimisation(OptimisationResult r, Flowsheet fs, String currency,
            CascadeView cascade) {
        List<VariableView> vars = new ArrayList<>();
        for (int i = 0; i < r.variables().size(); i++) {
            OptimisationVariable v = r.variables().get(i);
            vars.add(new VariableView(v.parameter().spec(), v.parameter().dimension(fs).siSymbol(), v.lowerSi(),
                    v.upperSi(), r.optimumSi()[i]));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("annual_cost", "area cost per m2 and year x total area + energy price per kWh x compressor power (kW)"
                + " x hours per year, in " + currency + " per year");
        c.put("constraints", "lower bounds on the product's purity (mole fraction) and recovery; met within 1e-6 "
                + "relative");
        c.put("method", "variables scaled to [0, 1]; exterior quadratic penalty, mu = 1e2, 1e4, 1e6; BOBYQA (Brent "
                + "for one variable); the best point meeting every bound is returned");
        return new OptimisationView(vars, r.annualCost(), r.areaCost(), r.energyCost(), currency,
                r.constraints(), r.feasible(), r.solver().iterations(), r.solver().method(), r.solver().message(),
                cascade, c);
    }
}
