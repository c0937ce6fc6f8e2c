package org.permlab.io.pals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.permlab.error.InvalidInputException;
import org.permlab.io.safety.Excerpt;
import org.permlab.numerics.SeparableFitter.Weighting;
import org.permlab.pals.AreaConstraint;
import org.permlab.pals.Background;
import org.permlab.pals.ChannelRange;
import org.permlab.pals.FitSettings;
import org.permlab.pals.GaussianPeak;
import org.permlab.pals.IntensityConstraint;
import org.permlab.pals.LifetimeComponent;
import org.permlab.pals.Parameter;
import org.permlab.pals.Resolution;
import org.permlab.pals.SecondCycle;
import org.permlab.pals.SourceComponent;
import org.permlab.pals.SourceCorrection;

/**
 * Reads POSITRONFIT and RESOLUTIONFIT control files (PALSfit3's {@code .pfc} and {@code .rfc}) unchanged: the
 * blocks headed {@code POSITRONFIT DATA BLOCK n: ...}, each a sequence of values on one or more lines.
 *
 * <ol>
 * <li>Output options: four 0/1 flags as one word (e.g. {@code 0000}), optionally the log-normal fineness.</li>
 * <li>Spectrum: number of channels; Fortran format; spectrum file (relative to the control file, back-slashes
 * accepted); the spectrum's header line (selects one spectrum of a multi-spectrum file); 0 to read the file or 1
 * for a spectrum written inline after this line.</li>
 * <li>Channel ranges, time scale, time-zero: area range (first, last), fit range (first, last), ns per channel,
 * time-zero flag (G or F) and value in channels.</li>
 * <li>Resolution function: number of Gaussians; their FWHMs (ns); intensities (%); shifts (ns). RESOLUTIONFIT
 * puts a G/F flag word before the FWHMs and before the shifts.</li>
 * <li>Lifetimes and intensity constraints: number of components; a G/F flag word; lifetimes (ns); optionally a G/F
 * flag word and log-normal sigmas (ns, 0 = none); the number m of intensity constraints; m rows of one
 * coefficient per component and a right-hand side, meaning sum_j h_j I_j = u (I in %).</li>
 * <li>Background: 0 free; 1 and a channel range (fixed at its mean); 2 and a value (counts per channel).</li>
 * <li>Area: 0 free; 1 and a channel range (components plus background equal the counts there); 2 and a value.</li>
 * <li>Source correction: number of source components (0 for none); their lifetimes (ns); log-normal sigmas (ns);
 * intensities (%); the total source intensity (% of the net area); then 0, 1 or 2: with 1 a new block-5 input
 * for the second cycle follows, with 2 also a time-zero flag and value.</li>
 * </ol>
 *
 * <p>Errors name the control file, line, column and block.
 */
public final class ControlFileReader {

    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(POSITRONFIT|RESOLUTIONFIT)\\s+DATA\\s+BLOCK\\s+(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final String[] BLOCK_NAMES = {"", "output options", "spectrum",
        "channel ranges, time scale, time-zero", "resolution function", "lifetimes and intensity constraints",
        "background constraints", "area constraints", "source correction"};

    private ControlFileReader() {
    }

    /** Reads a control file and the spectrum it names, wherever that lies (the user named the control file). */
    public static PalsJob read(Path file, String source) {
        return read(file, source, p -> true);
    }

    /**
     * Reads a control file and the spectrum it names, which must be a file {@code mayRead} allows (a study reads
     * only inside its folder: a control file in it may not name {@code ../../elsewhere/x.dat}).
     */
    public static PalsJob read(Path file, String source, Predicate<Path> mayRead) {
        String text = SpectrumReader.text(file, source);
        Path folder = file.toAbsolutePath().getParent();
        return parse(text, source, folder, mayRead);
    }

    /**
     * Parses control-file text.
     *
     * @param folder where relative spectrum paths are resolved
     */
    public static PalsJob parse(String text, String source, Path folder) {
        return parse(text, source, folder, p -> true);
    }

    private static PalsJob parse(String text, String source, Path folder, Predicate<Path> mayRead) {
        List<String> lines = text.lines().toList();
        Map<Integer, int[]> blocks = new TreeMap<>();
        String program = null;
        int lastBlock = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HEADER.matcher(lines.get(i));
            if (m.find()) {
                String p = m.group(1).toUpperCase(Locale.ROOT);
                if (program == null) {
                    program = p;
                } else if (!program.equals(p)) {
                    throw InvalidInputException.at(source, i + 1, 1, "header", "mixes " + program + " and " + p
                            + " blocks");
                }
                int n = Integer.parseInt(m.group(2));
                if (n < 1 || n > 8) {
                    throw InvalidInputException.at(source, i + 1, m.start(2) + 1, "header", "there is no data block "
                            + n + " (blocks are 1 to 8)");
                }
                if (blocks.containsKey(n)) {
                    throw InvalidInputException.at(source, i + 1, 1, "header", "data block " + n + " appears twice");
                }
                blocks.put(n, new int[] {i + 1, lines.size()});
                if (lastBlock > 0) {
                    blocks.get(lastBlock)[1] = i;
                }
                lastBlock = n;
            }
        }
        if (program == null) {
            throw InvalidInputException.at(source, 1, 1, "control file", "no 'POSITRONFIT DATA BLOCK' or "
                    + "'RESOLUTIONFIT DATA BLOCK' headers: not a PALSfit control file");
        }
        boolean resolutionFit = program.equals("RESOLUTIONFIT");
        int required = resolutionFit ? 6 : 8;
        for (int n = 1; n <= required; n++) {
            if (!blocks.containsKey(n)) {
                throw InvalidInputException.at(source, 0, 0, "block " + n, "the " + program + " data block " + n
                        + " (" + BLOCK_NAMES[n] + ") is missing");
            }
        }
        List<String> notes = new ArrayList<>();
        // block 1
        Tokens b1 = new Tokens(lines, blocks.get(1), source, 1);
        Tokens.Token flags = b1.next("the output flags (four digits, e.g. 0000)");
        String outputFlags = flags.text();
        if (!outputFlags.matches("[01]{4}\\d*")) {
            throw b1.error(flags, "expected four 0/1 output flags such as 0000, got '" + outputFlags + "'");
        }
        int nodes = FitSettings.DEFAULT_LOG_NORMAL_NODES;
        if (outputFlags.length() > 4) {
            nodes = Integer.parseInt(outputFlags.substring(4));
            outputFlags = outputFlags.substring(0, 4);
        } else if (b1.hasNext()) {
            nodes = b1.nextInt("the log-normal fineness");
        }
        if (nodes == 0) {
            nodes = FitSettings.DEFAULT_LOG_NORMAL_NODES;
        }
        // block 3 first (the time scale is needed to read the spectrum)
        Tokens b3 = new Tokens(lines, blocks.get(3), source, 3);
        int areaFirst = b3.nextInt("the first channel of the area range");
        Tokens.Token areaLastTok = b3.peek("the last channel of the area range");
        int areaLast = b3.nextInt("the last channel of the area range");
        int fitFirst = b3.nextInt("the first channel of the fit range");
        Tokens.Token fitLastTok = b3.peek("the last channel of the fit range");
        int fitLast = b3.nextInt("the last channel of the fit range");
        Tokens.Token scaleTok = b3.peek("the time scale (ns per channel)");
        double timeScale = b3.nextDouble("the time scale (ns per channel)");
        if (!(timeScale > 0)) {
            throw b3.error(scaleTok, "the time scale must be positive, got " + timeScale + " ns per channel");
        }
        Parameter t0 = b3.flaggedValue("time-zero");
        // block 2: the spectrum
        SpectrumFile spectrum = spectrum(lines, blocks.get(2), source, folder, timeScale, notes, mayRead);
        int channels = spectrum.spectrum().channels();
        ChannelRange area = range(b3, areaLastTok, areaFirst, areaLast, channels, "area range");
        ChannelRange fit = range(b3, fitLastTok, fitFirst, fitLast, channels, "fit range");
        b3.end();
        // block 4
        Tokens b4 = new Tokens(lines, blocks.get(4), source, 4);
        Resolution resolution = resolution(b4, resolutionFit);
        b4.end();
        // block 5
        Tokens b5 = new Tokens(lines, blocks.get(5), source, 5);
        Lifetimes lifetimes = lifetimes(b5);
        b5.end();
        // block 6
        Tokens b6 = new Tokens(lines, blocks.get(6), source, 6);
        Background background = background(b6, channels);
        b6.end();
        AreaConstraint areaConstraint = new AreaConstraint.Free();
        Optional<SourceCorrection> sourceCorrection = Optional.empty();
        if (blocks.containsKey(7)) {
            Tokens b7 = new Tokens(lines, blocks.get(7), source, 7);
            areaConstraint = area(b7, channels);
            b7.end();
        }
        if (blocks.containsKey(8)) {
            Tokens b8 = new Tokens(lines, blocks.get(8), source, 8);
            sourceCorrection = source(b8);
            b8.end();
        }
        FitSettings settings;
        try {
            settings = new FitSettings(fit, Optional.of(area), Optional.of(t0), resolution, lifetimes.components(),
                    lifetimes.constraints(), background, areaConstraint, Weighting.POISSON, sourceCorrection,
                    FitSettings.DEFAULT_STARTS, nodes);
        } catch (InvalidInputException e) {
            throw InvalidInputException.at(source, 0, 0, e.field().orElse("settings"), e.problem()).withCause(e);
        }
        return new PalsJob(program, spectrum, settings, outputFlags, source, notes);
    }

    private static ChannelRange range(Tokens t, Tokens.Token lastTok, int first, int last, int channels,
            String what) {
        if (first < 1 || last < first) {
            throw t.error(lastTok, what + ": expected 1 <= first <= last, got " + first + ".." + last);
        }
        if (last > channels) {
            throw t.error(lastTok, what + ": channels " + first + ".." + last + " run past the end of the spectrum, "
                    + "which has " + channels + " channels");
        }
        return new ChannelRange(first, last);
    }

    private static SpectrumFile spectrum(List<String> lines, int[] block, String source, Path folder, double width,
            List<String> notes, Predicate<Path> mayRead) {
        List<Integer> idx = new ArrayList<>();
        for (int i = block[0]; i < block[1]; i++) {
            idx.add(i);
        }
        // trailing blank lines do not count
        while (!idx.isEmpty() && lines.get(idx.get(idx.size() - 1)).isBlank()) {
            idx.remove(idx.size() - 1);
        }
        // skip blank lines before the channel count
        while (!idx.isEmpty() && lines.get(idx.get(0)).isBlank()) {
            idx.remove(0);
        }
        if (idx.size() < 4) {
            throw InvalidInputException.at(source, block[0], 0, "block 2", "expected the number of channels, the "
                    + "Fortran format, the spectrum file, its header line and 0/1 (spectrum inline), got "
                    + idx.size() + " lines");
        }
        int lineNo = idx.get(0) + 1;
        String chText = lines.get(idx.get(0)).strip();
        int channels;
        try {
            channels = Integer.parseInt(chText);
        } catch (NumberFormatException e) {
            throw InvalidInputException.at(source, lineNo, 1, "block 2: channels", "expected the number of channels, "
                    + "got '" + chText + "'");
        }
        if (channels < 2) {
            throw InvalidInputException.at(source, lineNo, 1, "block 2: channels", "expected at least 2 channels, got "
                    + channels);
        }
        String formatText = lines.get(idx.get(1)).strip();
        FortranFormat format;
        try {
            format = FortranFormat.parse(formatText);
        } catch (InvalidInputException e) {
            throw InvalidInputException.at(source, idx.get(1) + 1, 1, "block 2: format", e.problem());
        }
        String fileName = lines.get(idx.get(2)).strip();
        String label;
        int inspecIndex;
        if (idx.size() == 4) {
            label = "";
            inspecIndex = 3;
        } else {
            label = lines.get(idx.get(3)).strip();
            inspecIndex = 4;
        }
        String inspecText = lines.get(idx.get(inspecIndex)).strip();
        int inspecLine = idx.get(inspecIndex) + 1;
        if (!inspecText.equals("0") && !inspecText.equals("1")) {
            throw InvalidInputException.at(source, inspecLine, 1, "block 2: inline spectrum", "expected 0 (spectrum "
                    + "in the file named above) or 1 (spectrum written here), got '" + inspecText + "'");
        }
        Optional<String> selector = label.isEmpty() ? Optional.empty() : Optional.of(label);
        if (inspecText.equals("1")) {
            int from = idx.get(inspecIndex) + 1;
            int to = idx.isEmpty() ? from : idx.get(idx.size() - 1) + 1;
            String inline = String.join("\n", lines.subList(from, Math.max(from, to)));
            if (inline.isBlank()) {
                throw InvalidInputException.at(source, inspecLine, 1, "block 2", "the spectrum is marked inline (1) "
                        + "but no lines follow");
            }
            return SpectrumReader.parse(inline, source, new SpectrumFormat(SpectrumFormat.Kind.FORTRAN,
                    Optional.of(format)), width, selector, Optional.of(channels), from + 1);
        }
        Path path = resolve(fileName, folder, source, idx.get(2) + 1, notes);
        if (!mayRead.test(path)) {
            throw InvalidInputException.at(source, idx.get(2) + 1, 1, "block 2: spectrum file",
                    Excerpt.quote(fileName) + " lies outside the folders this study may read (its own; more with "
                    + "report --allow-outside DIR); not read");
        }
        String spectrumSource = folder.relativize(path.toAbsolutePath()).toString();
        if (spectrumSource.startsWith("..") || spectrumSource.isEmpty()) {
            spectrumSource = path.toString();
        }
        return SpectrumReader.read(path, spectrumSource, new SpectrumFormat(SpectrumFormat.Kind.FORTRAN,
                Optional.of(format)), width, selector, Optional.of(channels));
    }

    /** The spectrum file: relative to the control file's folder; Windows paths too. */
    private static Path resolve(String name, Path folder, String source, int line, List<String> notes) {
        if (name.isEmpty()) {
            throw InvalidInputException.at(source, line, 1, "block 2: spectrum file", "no file name");
        }
        String unix = name.replace('\\', '/');
        boolean windowsAbsolute = unix.matches("^[A-Za-z]:/.*");
        Path direct = windowsAbsolute ? null : folder.resolve(unix);
        if (direct != null && Files.isRegularFile(direct)) {
            return direct;
        }
        String base = unix.substring(unix.lastIndexOf('/') + 1);
        Path local = folder.resolve(base);
        if (Files.isRegularFile(local)) {
            notes.add("the spectrum file '" + name + "' was read from the control file's folder as '" + base + "'");
            return local;
        }
        throw InvalidInputException.at(source, line, 1, "block 2: spectrum file", "'" + name + "' not found (looked "
                + "in " + (direct != null ? direct + " and " : "") + local + ")");
    }

    private static Resolution resolution(Tokens t, boolean resolutionFit) {
        Tokens.Token nTok = t.peek("the number of Gaussians");
        int n = t.nextInt("the number of Gaussians");
        if (n < 1 || n > Resolution.MAX_PEAKS) {
            throw t.error(nTok, "expected 1 to " + Resolution.MAX_PEAKS + " Gaussians, got " + n);
        }
        char[] fwhmFlags = resolutionFit ? t.flags(n, "the FWHM flags (G or F per Gaussian)") : filled(n, 'F');
        double[] fwhm = t.doubles(n, "FWHM (ns)");
        Tokens.Token intTok = t.peek("the Gaussians' intensities (%)");
        double[] pct = t.doubles(n, "Gaussian intensity (%)");
        char[] shiftFlags = resolutionFit ? t.flags(n, "the shift flags (G or F per Gaussian)") : filled(n, 'F');
        double[] shift = t.doubles(n, "shift (ns)");
        double sum = 0;
        for (double v : pct) {
            sum += v;
        }
        if (Math.abs(sum - 100.0) > 0.1) {
            throw t.error(intTok, "the Gaussian intensities must sum to 100 %, got " + sum + " %");
        }
        List<GaussianPeak> peaks = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (!(fwhm[p] > 0)) {
                throw t.error(nTok, "FWHM " + (p + 1) + " must be positive, got " + fwhm[p] + " ns");
            }
            peaks.add(new GaussianPeak(param(fwhm[p], fwhmFlags[p]), pct[p] / sum, param(shift[p], shiftFlags[p])));
        }
        return new Resolution(peaks);
    }

    private record Lifetimes(List<LifetimeComponent> components, List<IntensityConstraint> constraints) {
    }

    /** Block 5 (and the second-cycle input of block 8). */
    private static Lifetimes lifetimes(Tokens t) {
        Tokens.Token nTok = t.peek("the number of lifetime components");
        int n = t.nextInt("the number of lifetime components");
        if (n < 1 || n > FitSettings.MAX_COMPONENTS) {
            throw t.error(nTok, "expected 1 to " + FitSettings.MAX_COMPONENTS + " lifetime components, got " + n);
        }
        char[] flags = t.flags(n, "the lifetime flags (G or F per component)");
        Tokens.Token tauTok = t.peek("the lifetimes (ns)");
        double[] tau = t.doubles(n, "lifetime (ns)");
        for (int j = 0; j < n; j++) {
            if (!(tau[j] > 0)) {
                throw t.error(tauTok, "lifetime " + (j + 1) + " must be positive, got " + tau[j] + " ns");
            }
        }
        char[] lnFlags = filled(n, 'F');
        double[] sigma = new double[n];
        if (t.hasNext() && t.isFlagWord(n)) {
            lnFlags = t.flags(n, "the log-normal flags (G or F per component)");
            sigma = t.doubles(n, "log-normal sigma (ns)");
        }
        List<LifetimeComponent> comps = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Parameter life = param(tau[j], flags[j]);
            if (sigma[j] > 0 || lnFlags[j] == 'G') {
                // a free sigma written as 0 starts at a fifth of the lifetime (at 0 its derivative vanishes)
                double start = sigma[j] > 0 ? sigma[j] : 0.2 * tau[j];
                comps.add(new LifetimeComponent.LogNormal(life, param(start, lnFlags[j])));
            } else if (sigma[j] < 0) {
                throw t.error(tauTok, "log-normal sigma " + (j + 1) + " must be >= 0, got " + sigma[j] + " ns");
            } else {
                comps.add(new LifetimeComponent.Exponential(life));
            }
        }
        List<IntensityConstraint> constraints = new ArrayList<>();
        if (t.hasNext()) {
            Tokens.Token mTok = t.peek("the number of intensity constraints");
            int m = t.nextInt("the number of intensity constraints");
            if (m < 0 || m >= n) {
                throw t.error(mTok, "expected 0 to " + (n - 1) + " intensity constraints, got " + m);
            }
            for (int c = 0; c < m; c++) {
                double[] row = t.doubles(n + 1, "constraint " + (c + 1) + " (one coefficient per component and the "
                        + "right-hand side in %)");
                List<Double> h = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    h.add(row[j]);
                }
                constraints.add(new IntensityConstraint.Linear(h, row[n]));
            }
        }
        return new Lifetimes(comps, constraints);
    }

    private static Background background(Tokens t, int channels) {
        Tokens.Token typeTok = t.peek("the background constraint (0, 1 or 2)");
        int type = t.nextInt("the background constraint (0, 1 or 2)");
        return switch (type) {
            case 0 -> new Background.Free();
            case 1 -> {
                Tokens.Token lastTok = t.peek("the background range");
                int first = t.nextInt("the first channel of the background range");
                int last = t.nextInt("the last channel of the background range");
                yield new Background.FromChannels(range(t, lastTok, first, last, channels, "background range"));
            }
            case 2 -> {
                Tokens.Token v = t.peek("the fixed background (counts per channel)");
                double b = t.nextDouble("the fixed background (counts per channel)");
                if (!(b >= 0)) {
                    throw t.error(v, "a fixed background must be >= 0, got " + b);
                }
                yield new Background.Fixed(b);
            }
            default -> throw t.error(typeTok, "expected 0 (free), 1 (from a channel range) or 2 (fixed), got " + type);
        };
    }

    private static AreaConstraint area(Tokens t, int channels) {
        Tokens.Token typeTok = t.peek("the area constraint (0, 1 or 2)");
        int type = t.nextInt("the area constraint (0, 1 or 2)");
        return switch (type) {
            case 0 -> new AreaConstraint.Free();
            case 1 -> {
                Tokens.Token lastTok = t.peek("the area-constraint range");
                int first = t.nextInt("the first channel of the area-constraint range");
                int last = t.nextInt("the last channel of the area-constraint range");
                yield new AreaConstraint.FromChannels(range(t, lastTok, first, last, channels,
                        "area-constraint range"));
            }
            case 2 -> {
                Tokens.Token v = t.peek("the fixed area (counts)");
                double a = t.nextDouble("the fixed area (counts)");
                if (!(a > 0)) {
                    throw t.error(v, "a fixed area must be positive, got " + a);
                }
                yield new AreaConstraint.Fixed(a);
            }
            default -> throw t.error(typeTok, "expected 0 (free), 1 (from a channel range) or 2 (fixed), got " + type);
        };
    }

    private static Optional<SourceCorrection> source(Tokens t) {
        Tokens.Token nTok = t.peek("the number of source components");
        int n = t.nextInt("the number of source components");
        if (n == 0) {
            return Optional.empty();
        }
        if (n < 0 || n > FitSettings.MAX_COMPONENTS) {
            throw t.error(nTok, "expected 0 to " + FitSettings.MAX_COMPONENTS + " source components, got " + n);
        }
        double[] tau = t.doubles(n, "source lifetime (ns)");
        double[] sigma = t.doubles(n, "source log-normal sigma (ns)");
        Tokens.Token pctTok = t.peek("the source intensities (%)");
        double[] pct = t.doubles(n, "source intensity (%)");
        Tokens.Token totalTok = t.peek("the total source intensity (%)");
        double total = t.nextDouble("the total source intensity (%)");
        List<SourceComponent> comps = new ArrayList<>();
        try {
            for (int j = 0; j < n; j++) {
                comps.add(new SourceComponent(tau[j], sigma[j], pct[j]));
            }
        } catch (InvalidInputException e) {
            throw t.error(pctTok, e.problem());
        }
        Optional<SecondCycle> second = Optional.empty();
        if (t.hasNext()) {
            Tokens.Token flagTok = t.peek("the second-cycle flag (0, 1 or 2)");
            int flag = t.nextInt("the second-cycle flag (0, 1 or 2)");
            if (flag < 0 || flag > 2) {
                throw t.error(flagTok, "expected 0 (start the second cycle from the first's results), 1 (new "
                        + "lifetime input) or 2 (new lifetime and time-zero input), got " + flag);
            }
            if (flag >= 1) {
                Lifetimes l = lifetimes(t);
                Optional<Parameter> t0 = flag == 2 ? Optional.of(t.flaggedValue("second-cycle time-zero"))
                        : Optional.empty();
                second = Optional.of(new SecondCycle(l.components(), l.constraints(), t0));
            }
        }
        try {
            return Optional.of(new SourceCorrection(comps, total, second));
        } catch (InvalidInputException e) {
            throw t.error(totalTok, e.problem());
        }
    }

    private static Parameter param(double value, char flag) {
        return flag == 'G' ? Parameter.free(value) : Parameter.fixed(value);
    }

    private static char[] filled(int n, char c) {
        char[] a = new char[n];
        java.util.Arrays.fill(a, c);
        return a;
    }

    /** The values of one block, each with its line and column. */
    private static final class Tokens {
        record Token(String text, int line, int column) {
        }

        private final List<Token> tokens = new ArrayList<>();
        private final String source;
        private final int block;
        private final int endLine;
        private int pos;

        Tokens(List<String> lines, int[] range, String source, int block) {
            this.source = source;
            this.block = block;
            this.endLine = range[1];
            for (int i = range[0]; i < range[1]; i++) {
                Matcher m = Pattern.compile("\\S+").matcher(lines.get(i));
                while (m.find()) {
                    tokens.add(new Token(m.group(), i + 1, m.start() + 1));
                }
            }
        }

        boolean hasNext() {
            return pos < tokens.size();
        }

        Token peek(String what) {
            if (!hasNext()) {
                throw InvalidInputException.at(source, endLine, 0, "block " + block, "expected " + what
                        + ", but the block (" + BLOCK_NAMES[block] + ") ends here");
            }
            return tokens.get(pos);
        }

        Token next(String what) {
            Token t = peek(what);
            pos++;
            return t;
        }

        InvalidInputException error(Token t, String problem) {
            return InvalidInputException.at(source, t.line(), t.column(), "block " + block, problem);
        }

        int nextInt(String what) {
            Token t = next(what);
            try {
                return Integer.parseInt(t.text());
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(t.text());
                    if (d == Math.rint(d) && Math.abs(d) < 1e9) {
                        return (int) d;
                    }
                } catch (NumberFormatException e2) {
                    // fall through
                }
                throw error(t, "expected " + what + " (a whole number), got '" + t.text() + "'");
            }
        }

        double nextDouble(String what) {
            Token t = next(what);
            try {
                double v = Double.parseDouble(t.text().replace('D', 'E').replace('d', 'e'));
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw error(t, "expected " + what + " (a number), got '" + t.text() + "'");
        }

        double[] doubles(int n, String what) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = nextDouble(what + " " + (i + 1) + " of " + n);
            }
            return v;
        }

        /** A G/F word of n letters, or n single letters. */
        char[] flags(int n, String what) {
            Token t = next(what);
            String s = t.text().toUpperCase(Locale.ROOT);
            if (s.length() == n && s.matches("[GF]+")) {
                return s.toCharArray();
            }
            if (s.length() == 1 && s.matches("[GF]")) {
                char[] out = new char[n];
                out[0] = s.charAt(0);
                for (int i = 1; i < n; i++) {
                    Token u = next(what);
                    String us = u.text().toUpperCase(Locale.ROOT);
                    if (!us.matches("[GF]")) {
                        throw error(u, "expected G (guess, fitted) or F (fixed), got '" + u.text() + "'");
                    }
                    out[i] = us.charAt(0);
                }
                return out;
            }
            throw error(t, "expected " + what + ": " + n + " letters G (fitted) or F (fixed), got '" + t.text()
                    + "'");
        }

        boolean isFlagWord(int n) {
            String s = tokens.get(pos).text().toUpperCase(Locale.ROOT);
            return (s.length() == n || s.length() == 1) && s.matches("[GF]+");
        }

        /** A G/F flag and a value, written "G 180.0" or "G180.0". */
        Parameter flaggedValue(String what) {
            Token t = next(what + " flag (G or F) and value");
            String s = t.text().toUpperCase(Locale.ROOT);
            char flag;
            String valueText;
            Token valueTok;
            if (s.matches("[GF]")) {
                flag = s.charAt(0);
                valueTok = next(what + " value");
                valueText = valueTok.text();
            } else if (s.matches("[GF][-+0-9.].*")) {
                flag = s.charAt(0);
                valueTok = t;
                valueText = t.text().substring(1);
            } else {
                throw error(t, "expected the " + what + " flag G (fitted) or F (fixed) before its value, got '"
                        + t.text() + "'");
            }
            try {
                double v = Double.parseDouble(valueText);
                if (Double.isFinite(v)) {
                    return param(v, flag);
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw error(valueTok, "expected the " + what + " in channels, got '" + valueText + "'");
        }

        void end() {
            if (hasNext()) {
                Token t = tokens.get(pos);
                throw error(t, "unexpected '" + t.text() + "' after the end of the " + BLOCK_NAMES[block] + " data");
            }
        }
    }
}
