package org.permlab.app.json;

import java.io.IOException;
import java.util.Locale;

import org.permlab.io.pals.SpectrumFile;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.pals.CycleFit;
import org.permlab.pals.FittedPeak;
import org.permlab.pals.FreeVolume;
import org.permlab.pals.LifetimeFit;
import org.permlab.pals.LifetimeSpectrum;
import org.permlab.pals.Parameter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson concerns of the PALS result records (org.permlab.pals), which core cannot carry: the per-channel
 * arrays and internal model of a cycle stay out of JSON (the verbs write them as tables and figures), derived values
 * (reduced chi-square and its SD, a Gaussian's weight in %, the size's name) are written, and what a record holds
 * twice (the fit's settings, stated by its conventions; a spectrum's counts) once.
 */
final class PalsMixins {

    private PalsMixins() {
    }

    /** Registers the PALS mix-ins and serializers with permlab's module. */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(CycleFit.class, CycleFitMixin.class);
        module.setMixInAnnotation(FittedPeak.class, FittedPeakMixin.class);
        module.setMixInAnnotation(FreeVolume.class, FreeVolumeMixin.class);
        module.setMixInAnnotation(LifetimeFit.class, LifetimeFitMixin.class);
        module.setMixInAnnotation(LifetimeSpectrum.class, LifetimeSpectrumMixin.class);
        module.setMixInAnnotation(SpectrumFile.class, SpectrumFileMixin.class);
        module.addSerializer(Weighting.class, new WeightingSerializer());
        module.addSerializer(Parameter.class, new ParameterSerializer());
    }

    abstract static class CycleFitMixin {
        @JsonIgnore
        abstract double deviance();

        @JsonIgnore
        abstract double[] counts();

        @JsonIgnore
        abstract double[] model();

        @JsonIgnore
        abstract double[] residuals();

        @JsonIgnore
        abstract double[] sourceCounts();

        @JsonIgnore
        abstract Object fittedModel();

        @JsonProperty("reduced_chi_square")
        abstract double reducedChiSquare();

        @JsonProperty("reduced_chi_square_sd")
        abstract double reducedChiSquareSd();
    }

    abstract static class FittedPeakMixin {
        @JsonIgnore
        abstract double fraction();

        @JsonProperty("fraction_pct")
        abstract double fractionPct();
    }

    abstract static class FreeVolumeMixin {
        @JsonIgnore
        abstract Object model();

        @JsonIgnore
        abstract double ffvC();

        @JsonIgnore
        abstract Object sphereVolumeA3();

        @JsonProperty("size_name")
        abstract String sizeName();
    }

    abstract static class LifetimeFitMixin {
        @JsonIgnore
        abstract String spectrumLabel();

        @JsonIgnore
        abstract double channelWidthNs();

        @JsonIgnore
        abstract Object settings();
    }

    abstract static class LifetimeSpectrumMixin {
        @JsonIgnore
        abstract double[] counts();

        @JsonProperty("channels")
        abstract int channels();
    }

    abstract static class SpectrumFileMixin {
        @JsonUnwrapped
        abstract LifetimeSpectrum spectrum();
    }

    /** A criterion as the user types it: {@code poisson}, {@code neyman}. */
    static final class WeightingSerializer extends StdSerializer<Weighting> {
        private static final long serialVersionUID = 1L;

        WeightingSerializer() {
            super(Weighting.class);
        }

        @Override
        public void serialize(Weighting w, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(w.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A model parameter: its value, whether it was free, and its bounds where it has them. */
    static final class ParameterSerializer extends StdSerializer<Parameter> {
        private static final long serialVersionUID = 1L;

        ParameterSerializer() {
            super(Parameter.class);
        }

        @Override
        public void serialize(Parameter x, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeNumberField("value", x.value());
            g.writeBooleanField("free", x.free());
            if (Double.isFinite(x.lower())) {
                g.writeNumberField("lower", x.lower());
            }
            if (Double.isFinite(x.upper())) {
                g.writeNumberField("upper", x.upper());
            }
            g.writeEndObject();
        }
    }
}
