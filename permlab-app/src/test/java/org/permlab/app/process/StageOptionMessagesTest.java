package org.permlab.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.permlab.app.cli.CliRun;

/**
 * A bad value given by an option is reported at that option (the malformed-input campaign: {@code --temperature}
 * out of range was reported as {@code --feed: must be positive}).
 */
class StageOptionMessagesTest {

    private static CliRun stage(String option, String value) {
        return CliRun.of("process", "stage", "--feed", "He=0.01,N2=0.05,CH4=0.94", "--feed-pressure", "50bar", "--permeate-pressure", "1bar", "--permeance", "He=51,N2=2.931,CH4=3.669",
                "--area", "10", option, value);
    }

    @Test
    void aTemperatureOfZeroIsReportedAtTemperature() {
        CliRun r = stage("--temperature", "0K");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).startsWith("permlab: --temperature: must be positive, got 0.0 K");
    }

    @Test
    void aTemperatureBelowAbsoluteZeroIsReportedAtTemperature() {
        CliRun r = stage("--temperature", "-5K");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.isOneLineBadInput()).as(r.err()).isTrue();
        assertThat(r.err()).startsWith("permlab: --temperature: ").contains("below absolute zero");
    }

    @Test
    void aNegativeFeedFlowIsReportedAtFeedFlow() {
        CliRun r = stage("--feed-flow", "-1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("permlab: --feed-flow: must be zero or positive, got -1.0 mol/s");
    }
}
