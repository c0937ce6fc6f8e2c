package org.permlab.app.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.process.CascadeResult;
import org.permlab.process.CompressorResult;
import org.permlab.process.DesignResult;
import org.permlab.process.DesignTarget;
import org.permlab.process.FlowsheetParameter;
import org.permlab.process.ModuleProfile;
import org.permlab.process.NamedStream;
import org.permlab.process.ProcessStream;
import org.permlab.process.ProductSummary;
import org.permlab.process.RecycleState;
import org.permlab.process.SolverReport;
import org.permlab.process.StageResult;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The process-design records' JSON where a core record cannot say it itself: values derived from the record's
 * arrays (a stream's total flow and mole fractions, a profile by species, a stage's recoveries), solver state that
 * is not a result (a flowsheet's recycle state), and profiles left out of a stage inside a larger result.
 */
final class ProcessMixins {

    private ProcessMixins() {
    }

    /** Registers the mix-ins with the module. */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(ProcessStream.class, Stream.class);
        module.setMixInAnnotation(ModuleProfile.class, Profile.class);
        module.setMixInAnnotation(StageResult.class, Stage.class);
        module.setMixInAnnotation(CompressorResult.class, Compressor.class);
        module.setMixInAnnotation(NamedStream.class, Named.class);
        module.setMixInAnnotation(ProductSummary.class, Product.class);
        module.setMixInAnnotation(CascadeResult.class, Cascade.class);
        module.setMixInAnnotation(DesignResult.class, Design.class);
        module.setMixInAnnotation(DesignTarget.class, Target.class);
        module.setMixInAnnotation(FlowsheetParameter.class, Parameter.class);
    }

    /** A stream: total flow, mole fractions and component flows by species, pressure, temperature. */
    @JsonPropertyOrder({"flow_mol_per_s", "mole_fractions", "component_flows_mol_per_s", "pressure_Pa",
        "temperature_K"})
    abstract static class Stream {
        @JsonIgnore
        abstract List<String> species();

        @JsonIgnore
        abstract double[] componentFlowsMolS();

        @JsonProperty("flow_mol_per_s")
        abstract double totalFlowMolS();

        @JsonProperty("mole_fractions")
        abstract Map<String, Double> moleFractionMap();

        @JsonProperty("component_flows_mol_per_s")
        abstract Map<String, Double> componentFlowMap();
    }

    /** A profile: the mole fractions by species. */
    abstract static class Profile {
        @JsonIgnore
        abstract List<String> species();

        @JsonIgnore
        abstract double[][] retentateMoleFractions();

        @JsonIgnore
        abstract double[][] permeateMoleFractions();

        @JsonProperty("retentate_mole_fractions")
        abstract Map<String, double[]> retentateMoleFractionsBySpecies();

        @JsonProperty("permeate_mole_fractions")
        abstract Map<String, double[]> permeateMoleFractionsBySpecies();
    }

    /** A stage: with the recovery of each species (after the stage cut). */
    @JsonPropertyOrder({"stage", "pattern", "membrane", "permeances_gpu", "area_m2", "temperature_K", "feed",
        "sweep", "retentate", "permeate", "stage_cut", "recovery", "mass_balance_error", "solver", "profile",
        "notes", "conventions"})
    abstract static class Stage {
        @JsonProperty("recovery")
        abstract Map<String, Double> recoveries();
    }

    /** A compressor: the pressures, outlet temperature and flow instead of the two streams. */
    @JsonPropertyOrder({"name", "power_W", "pressure_ratio", "stages", "stage_pressure_ratio",
        "suction_pressure_Pa", "discharge_pressure_Pa", "max_discharge_temperature_K", "outlet_temperature_K",
        "heat_capacity_J_per_mol_K", "isentropic_efficiency", "flow_mol_per_s"})
    abstract static class Compressor {
        @JsonIgnore
        abstract ProcessStream inlet();

        @JsonIgnore
        abstract ProcessStream outlet();

        @JsonProperty("suction_pressure_Pa")
        abstract double suctionPressurePa();

        @JsonProperty("discharge_pressure_Pa")
        abstract double dischargePressurePa();

        @JsonProperty("outlet_temperature_K")
        abstract double outletTemperatureK();

        @JsonProperty("flow_mol_per_s")
        abstract double flowMolPerS();
    }

    /** A stream of a flowsheet: its name, role and connections, then the stream's own keys. */
    @JsonPropertyOrder({"name", "role", "from", "to", "tear"})
    abstract static class Named {
        @JsonUnwrapped
        abstract ProcessStream stream();

        @JsonProperty("role")
        abstract String role();
    }

    /** The product: specific energy in kWh/kg. */
    abstract static class Product {
        @JsonIgnore
        abstract double specificEnergyJPerKg();

        @JsonProperty("specific_energy_kWh_per_kg")
        abstract double specificEnergyKwhPerKg();
    }

    /** A flowsheet: named {@code flowsheet}; its stages without profiles; the recycle state left out. */
    @JsonPropertyOrder({"flowsheet", "total_area_m2", "compressor_power_W", "specific_energy_kWh_per_kg", "product", "streams", "stages",
        "compressors", "mass_balance_error", "recycle", "tear_streams", "conventions"})
    abstract static class Cascade {
        @JsonProperty("flowsheet")
        abstract String name();

        @JsonIgnore
        abstract List<String> species();

        @JsonIgnoreProperties("profile")
        abstract List<StageResult> stages();

        @JsonIgnoreProperties({"nodes", "discretisation_error"})
        abstract SolverReport recycle();

        @JsonIgnore
        abstract RecycleState recycleState();

        @JsonProperty("specific_energy_kWh_per_kg")
        abstract Optional<Double> specificEnergyKwhPerKg();
    }

    /** A design: the value found under its unit's key; the designed stage without its profile. */
    @JsonPropertyOrder({"target", "variable", "area_m2", "feed_pressure_Pa", "achieved", "stage", "solver",
        "conventions"})
    abstract static class Design {
        @JsonIgnore
        abstract double valueSi();

        @JsonProperty("area_m2")
        abstract Optional<Double> areaM2();

        @JsonProperty("feed_pressure_Pa")
        abstract Optional<Double> feedPressurePa();

        @JsonIgnoreProperties("profile")
        abstract StageResult stage();
    }

    /** A design target: as typed ({@code recovery:He=0.9}). */
    abstract static class Target {
        @JsonValue
        abstract String spec();
    }

    /** A flowsheet parameter: as typed ({@code S1.area}). */
    abstract static class Parameter {
        @JsonValue
        abstract String spec();
    }
}
