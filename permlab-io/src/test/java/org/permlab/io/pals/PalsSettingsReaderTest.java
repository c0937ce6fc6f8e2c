package org.permlab.io.pals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.permlab.io.tree.MapNode;
import org.permlab.io.tree.Trees;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.pals.Background;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.GaussianPeak;
import org.permlab.pals.IntensityConstraint;
import org.permlab.pals.LifetimeComponent;
import org.permlab.pals.Parameter;
import org.permlab.pals.PoreModel;
import org.permlab.pals.Resolution;
import org.permlab.pals.SourceCorrection;

/** The study's PALS settings, with units, and errors that keep their line. */
class PalsSettingsReaderTest {

    private static MapNode yaml(String text) {
        return Trees.parseYaml(text, "study.yaml").asMap();
    }

    @Test
    void everyKey() {
        PalsAnalysis a = PalsSettingsReader.analysis(yaml("""
                lifetimes: [200 ps, 0.45 ns, {lifetime: 2 ns, sigma: 0.3 ns}]
                resolution:
                  - {fwhm: 230 ps, intensity: 85 %}
                  - {fwhm: 350 ps, intensity: 15 %, shift: 50 ps, shift_free: true}
                fit_range: [230, 2048]
                t0: 250
                background: {channels: [1, 150]}
                weighting: neyman
                intensity_constraints:
                  - {ratio: [1, 3], value: 0.3333333333}
                source_correction: {lifetime: 402 ps, intensity: 9.981 %}
                starts: 16
                free_volume: {delta_r: 1.656 A, c: 0.0018, component: 3}
                channel_width: 13 ps
                """));
        assertThat(a.components().get(0)).isEqualTo(new LifetimeComponent.Exponential(Parameter.free(0.2)));
        assertThat(a.components().get(2)).isEqualTo(new LifetimeComponent.LogNormal(Parameter.free(2.0),
                Parameter.free(0.3)));
        assertThat(a.resolution()).isEqualTo(new Resolution(List.of(GaussianPeak.fixed(0.23, 0.85, 0.0),
                new GaussianPeak(Parameter.fixed(0.35), 0.15, Parameter.free(0.05)))));
        assertThat(a.fitRange()).contains(new ChannelRange(230, 2048));
        assertThat(a.t0Channel()).contains(Parameter.free(250));
        assertThat(a.background()).isEqualTo(new Background.FromChannels(new ChannelRange(1, 150)));
        assertThat(a.weighting()).isEqualTo(Weighting.NEYMAN);
        assertThat(a.constraints()).containsExactly(new IntensityConstraint.FixedRatio(1, 3, 0.3333333333));
        assertThat(a.sourceCorrection()).contains(SourceCorrection.single(0.402, 9.981));
        assertThat(a.starts()).isEqualTo(16);
        assertThat(a.poreModel()).isEqualTo(new PoreModel.TaoEldrup(1.656, 2.0));
        assertThat(a.opsComponent()).contains(3);
        assertThat(a.channelWidthNs().orElseThrow()).isEqualTo(0.013, org.assertj.core.api.Assertions.within(1e-15));
        PalsSettingsReader.SpectrumOptions o = PalsSettingsReader.spectrumOptions(yaml("""
                format: (/,(i6,9i7))
                channels: 2048
                spectrum: glass membrane
                """), a.channelWidthNs());
        assertThat(o.format().kind()).isEqualTo(SpectrumFormat.Kind.FORTRAN);
        assertThat(o.channels()).contains(2048);
        assertThat(o.selector()).contains("glass membrane");
        assertThat(o.channelWidthNs()).isEqualTo(0.013, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> PalsSettingsReader.analysis(yaml("lifetimes: [0.2 ns]\nbackround: free\n")))
                .hasMessageContaining("study.yaml:2:1: backround: unknown field 'backround'; did you mean "
                        + "'background'?");
        assertThatThrownBy(() -> PalsSettingsReader.analysis(yaml("resolution: 241 kg\n")))
                .hasMessageStartingWith("study.yaml:1:13: resolution:");
        assertThatThrownBy(() -> PalsSettingsReader.spectrumOptions(yaml("format: (/,(i6,9i7))\n"),
                Optional.of(0.013))).hasMessageContaining("missing required field 'channels'");
        assertThatThrownBy(() -> PalsSettingsReader.spectrumOptions(yaml("format: plain\n"), Optional.empty()))
                .hasMessageContaining("missing required field 'channel_width'");
    }
}
