package org.permlab.app.json;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.permlab.gas.Citation;
import org.permlab.gas.GasPair;
import org.permlab.permeation.SelectivityKind;
import org.permlab.quantity.Measured;
import org.permlab.tradeoff.BoundComparison;
import org.permlab.tradeoff.BoundForm;
import org.permlab.tradeoff.PlacedPoint;
import org.permlab.tradeoff.TradeOffPoint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * How the trade-off records of core appear in JSON where core cannot say it (core has no Jackson): a gas pair is its
 * text ({@code He/N2}); an upper bound shows k in Barrer, n, the form as published and its source's citation; a
 * placed point is its point with the coordinates in the units the field quotes (GPU, Barrer, um, bar) and its
 * comparisons as {@code bounds}.
 */
public final class TradeoffMixins {

    private TradeoffMixins() {
    }

    /** Registers the mix-ins on a module. */
    public static void register(SimpleModule module) {
        module.setMixInAnnotation(GasPair.class, GasPairMixin.class);
        module.setMixInAnnotation(org.permlab.tradeoff.UpperBound.class, UpperBoundMixin.class);
        module.setMixInAnnotation(PlacedPoint.class, PlacedPointMixin.class);
        module.setMixInAnnotation(TradeOffPoint.class, TradeOffPointMixin.class);
        module.setMixInAnnotation(BoundComparison.class, BoundComparisonMixin.class);
    }

    abstract static class GasPairMixin {
        @JsonValue
        @Override
        public abstract String toString();
    }

    @JsonPropertyOrder({"pair", "year", "name", "k_barrer", "n", "published_form", "source", "basis"})
    abstract static class UpperBoundMixin {
        @JsonIgnore
        abstract BoundForm form();

        @JsonSerialize(using = CitationText.class)
        abstract Citation source();

        @JsonProperty("k_barrer")
        abstract double kBarrer();

        @JsonProperty("n")
        abstract double n();

        @JsonProperty("published_form")
        abstract String publishedForm();
    }

    @JsonPropertyOrder({"bound", "year", "distance", "selectivity_on_bound", "selectivity_gap", "selectivity_ratio",
        "above_bound"})
    abstract static class BoundComparisonMixin {
    }

    @JsonPropertyOrder({"label", "material", "material_class", "group", "study", "pair", "permeance_fast_gpu",
        "permeance_basis", "permeability_fast_barrer", "permeability_basis", "thickness_um", "selectivity",
        "selectivity_kind", "temperature_K", "feed_pressure_bar", "bounds", "reference", "doi", "origin"})
    abstract static class PlacedPointMixin {
        @JsonUnwrapped
        abstract TradeOffPoint point();

        @JsonIgnore
        abstract Optional<Measured> permeabilityFastSi();

        @JsonIgnore
        abstract Optional<Measured> permeanceFastSi();

        @JsonProperty("permeability_fast_barrer")
        abstract Optional<Measured> permeabilityFastBarrer();

        @JsonProperty("permeance_fast_gpu")
        abstract Optional<Measured> permeanceFastGpu();

        @JsonProperty("bounds")
        abstract List<BoundComparison> comparisons();
    }

    abstract static class TradeOffPointMixin {
        @JsonIgnore
        abstract Optional<Measured> permeanceFastSi();

        @JsonIgnore
        abstract Optional<Measured> permeabilityFastSi();

        @JsonIgnore
        abstract Optional<Measured> thicknessM();

        @JsonIgnore
        abstract Optional<Double> feedPressurePa();

        @JsonProperty("thickness_um")
        abstract Optional<Measured> thicknessUm();

        @JsonProperty("feed_pressure_bar")
        abstract Optional<Double> feedPressureBar();

        @JsonProperty("selectivity_kind")
        abstract SelectivityKind kind();

        @JsonProperty("study")
        abstract boolean isStudy();
    }

    /** A citation as its full text. */
    static final class CitationText extends StdSerializer<Citation> {
        private static final long serialVersionUID = 1L;

        CitationText() {
            super(Citation.class);
        }

        @Override
        public void serialize(Citation c, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(c.text());
        }
    }
}
