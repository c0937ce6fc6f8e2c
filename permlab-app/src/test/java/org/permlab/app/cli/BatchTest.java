package org.permlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;

class BatchTest {

    @Test
    void resultsInInputOrderAndFailuresDoNotStopTheBatch() {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        StringWriter bar = new StringWriter();
        var out = Batch.run(items, i -> {
            if (i == 7) {
                throw InvalidInputException.at("s7.dat", 3, 0, null, "negative counts");
            }
            if (i == 9) {
                throw new IllegalStateException("boom");
            }
            return i * i;
        }, "spectra", new PrintWriter(bar), 4);
        assertThat(out).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(out.get(i).item()).isEqualTo(i);
            if (i != 7 && i != 9) {
                assertThat(out.get(i).result()).contains(i * i);
            }
        }
        assertThat(out.get(7).error()).contains("s7.dat:3: negative counts");
        assertThat(out.get(7).bug()).isFalse();
        assertThat(out.get(9).bug()).isTrue();
        assertThat(bar.toString()).contains("50/50 spectra");
    }

    @Test
    void noProgressWriterNoOutput() {
        var out = Batch.run(List.of(1, 2, 3), i -> i + 1, "items", null, 0);
        assertThat(out).extracting(o -> o.result().orElseThrow()).containsExactly(2, 3, 4);
    }
}
