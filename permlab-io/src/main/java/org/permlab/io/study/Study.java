package org.permlab.io.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.gas.Species;
import org.permlab.io.tree.MapNode;

/**
 * A study as read from its {@code study.yaml}.
 *
 * @param directory   the study folder (data paths are relative to it; results go to {@code out/} inside it)
 * @param file        the study.yaml itself
 * @param source      how to name the study file in messages
 * @param id          a short identifier
 * @param title       a one-line title
 * @param description free text
 * @param reference   the publication the study reproduces or belongs to (DOI or citation)
 * @param gases       the gases the study works with, in the order given
 * @param samples     its samples
 * @param data        its files
 * @param analyses    the analyses to run, each with its settings, keyed by analysis id
 * @param readableRoots the folders the study may read from: its own folder, and those the user allowed besides
 */
public record Study(Path directory, Path file, String source, String id, String title, Optional<String> description,
        Optional<String> reference, List<Species> gases, List<Sample> samples, List<DataFile> data,
        Map<String, MapNode> analyses, List<Path> readableRoots) {

    /** A study that reads only inside its own folder. */
    public Study(Path directory, Path file, String source, String id, String title, Optional<String> description,
            Optional<String> reference, List<Species> gases, List<Sample> samples, List<DataFile> data,
            Map<String, MapNode> analyses) {
        this(directory, file, source, id, title, description, reference, gases, samples, data, analyses,
                List.of(directory));
    }

    public Study {
        readableRoots = List.copyOf(readableRoots);
        gases = List.copyOf(gases);
        samples = List.copyOf(samples);
        data = List.copyOf(data);
        analyses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analyses));
    }

    public Optional<Sample> sample(String sampleId) {
        return samples.stream().filter(s -> s.id().equals(sampleId)).findFirst();
    }

    public Optional<DataFile> dataFile(String dataId) {
        return data.stream().filter(d -> d.id().equals(dataId)).findFirst();
    }

    /** Every file the study reads (study.yaml and its data files), which no output may replace. */
    public List<Path> inputFiles() {
        List<Path> in = new java.util.ArrayList<>();
        in.add(file);
        for (DataFile d : data) {
            in.add(d.path());
        }
        return in;
    }

    /**
     * Whether a file may be read by this study: it lies (links followed) inside the study folder or a folder the
     * user allowed. A study names its files; it never reads {@code ../../etc/passwd}.
     */
    public boolean mayRead(Path file) {
        return Confinement.inside(file, readableRoots);
    }

    /** The data files of one kind, in the order listed. */
    public List<DataFile> data(DataKind kind) {
        return data.stream().filter(d -> d.kind() == kind).toList();
    }
}
