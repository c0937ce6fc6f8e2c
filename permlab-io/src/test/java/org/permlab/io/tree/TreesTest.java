package org.permlab.io.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Dimension;
import org.permlab.quantity.ReferenceState;

class TreesTest {

    @Test
    void nodesKnowTheirLineColumnAndPath() {
        String yaml = "a: 1\nlist:\n  - x: 2 cm2\n  - x: -3 cm2\n";
        MapNode root = Trees.parseYaml(yaml, "t.yaml").asMap();
        Node second = root.list("list").get(1).asMap().require("x");
        assertThat(second.location().line()).isEqualTo(4);
        assertThat(second.path()).isEqualTo("list[1].x");
        assertThat(second.error("bad").getMessage()).isEqualTo("t.yaml:4:8: list[1].x: bad");
    }

    @Test
    void scalarsKeepTheirTextAndParseQuantities() {
        MapNode root = Trees.parseYaml("area: 2.0 cm2\nn: 10.70\nflag: yes\n", "t.yaml").asMap();
        assertThat(root.quantity("area", Dimension.AREA, ReferenceState.NORMAL)).isEqualTo(2.0e-4);
        assertThat(root.require("n").asScalar().text()).isEqualTo("10.70");
        assertThat(root.bool("flag", false)).isTrue();
    }

    @Test
    void anchorsAndAliasesAreResolved() {
        String yaml = "base: &b {temperature: 723 K}\ncopy: *b\n";
        MapNode root = Trees.parseYaml(yaml, "t.yaml").asMap();
        assertThat(root.map("copy").quantity("temperature", Dimension.TEMPERATURE, ReferenceState.NORMAL))
                .isEqualTo(723.0);
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> Trees.parseYaml("a: 1\nb: [1, 2\nc: 3\n", "bad.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException x = (InvalidInputException) e;
                    assertThat(x.line()).isGreaterThanOrEqualTo(2);
                    assertThat(x.getMessage()).startsWith("bad.yaml:").contains("syntax error").doesNotContain("\n");
                });
    }

    @Test
    void duplicateKeysAreAnError() {
        assertThatThrownBy(() -> Trees.parseYaml("a: 1\nb: 2\na: 3\n", "d.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("d.yaml:3:1: a: the key 'a' appears twice (first at line 1)");
    }

    @Test
    void unknownKeysSuggestTheClosest() {
        MapNode m = Trees.parseYaml("thicknes: 3 um\n", "u.yaml").asMap();
        assertThatThrownBy(() -> m.allowOnly("thickness", "area"))
                .hasMessageContaining("u.yaml:1:1: thicknes: unknown field 'thicknes'; did you mean 'thickness'?");
    }

    @Test
    void anEmptyValueIsNothing() {
        MapNode m = Trees.parseYaml("data:\n  # nothing yet\nanalyses:\n", "n.yaml").asMap();
        assertThat(m.has("data")).isFalse();
        assertThat(m.listOrEmpty("data")).isEmpty();
        assertThat(m.optMap("analyses")).isEmpty();
    }

    @Test
    void emptyDocumentIsAnError() {
        assertThatThrownBy(() -> Trees.parseYaml("", "e.yaml")).hasMessage("e.yaml:1:1: the file is empty");
    }

    @Test
    void wrongShapeSaysWhatWasExpected() {
        MapNode m = Trees.parseYaml("samples: 3\n", "s.yaml").asMap();
        assertThatThrownBy(() -> m.list("samples")).hasMessageContaining("s.yaml:1:10: samples: expected a list");
    }

    @Test
    void measuredAsMapping() {
        MapNode m = Trees.parseYaml("t: {value: 10.7, sd: 1.0, unit: um}\n", "m.yaml").asMap();
        var t = m.measured("t", Dimension.LENGTH, ReferenceState.NORMAL);
        assertThat(t.value()).isEqualTo(10.7e-6);
        assertThat(t.sd()).isEqualTo(1.0e-6);
    }

    /** Malformed-input campaign: a second YAML document was silently ignored. */
    @Test
    void aSecondDocumentIsRefused() {
        assertThatThrownBy(() -> Trees.parseYaml("a: 1\n---\na: 2\n", "s.yaml"))
                .isInstanceOf(org.permlab.error.InvalidInputException.class).hasMessageStartingWith("s.yaml:3:")
                .hasMessageContaining("second YAML document");
    }

    /** Excel and Notepad write a UTF-8 byte-order mark; the study used to lose its first key. */
    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path f = java.nio.file.Files.writeString(tmp.resolve("study.yaml"), "\uFEFFid: s\nn: 2\n");
        MapNode root = Trees.read(f, "study.yaml").asMap();
        assertThat(root.require("id").asScalar().string()).isEqualTo("s");
    }

    /** Megabytes of comments are refused at once with the limit (SnakeYAML's), not parsed for minutes. */
    @Test
    void anOversizedYamlFileIsRefusedWithItsLimit() {
        String huge = "id: s\n" + "# a comment line of forty characters....\n".repeat(Trees.MAX_YAML_CHARS / 40);
        assertThatThrownBy(() -> Trees.parseYaml(huge, "s.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most " + Trees.MAX_YAML_CHARS + " characters");
    }
}
