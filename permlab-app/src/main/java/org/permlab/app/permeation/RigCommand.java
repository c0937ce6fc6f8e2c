package org.permlab.app.permeation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.permlab.app.cli.AtomicFiles;
import org.permlab.app.cli.VerbGroup;
import org.permlab.error.InvalidInputException;
import org.permlab.io.permeation.RigLogWriter;
import org.permlab.io.permeation.RigScheduleReader;
import org.permlab.permeation.RigLog;
import org.permlab.rig.RigSchedule;
import org.permlab.rig.VirtualRig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permlab rig simulate}: the virtual Wicke-Kallenbach rig. */
@Command(name = "rig", mixinStandardHelpOptions = true,
        description = "The virtual permeation rig: simulated rig logs from known permeances.",
        subcommands = {RigCommand.Simulate.class},
        footer = {"", "Examples:", "  permlab rig simulate schedule.yaml -o log.csv",
            "  permlab rig simulate examples/zif62-helium/data/permeation/glass-temperature.schedule.yaml -o /tmp/logs",
            "", "Schedule format: docs/permeation.md"})
public final class RigCommand extends VerbGroup {

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Simulate the rig log(s) of a schedule, in the format 'permlab permeation reduce' reads.",
            footer = {"", "A schedule with one sample writes one log: -o names the file (default: the schedule's",
                "'log', or SCHEDULE.csv, next to the schedule). A schedule with a samples list writes one log per",
                "sample: -o names the folder (default: the schedule's folder) and each sample's 'log' its file.",
                "Existing files are not replaced without --force. The same schedule (same seeds) gives the same",
                "bytes on every machine.", "",
                "Examples:", "  permlab rig simulate schedule.yaml -o log.csv",
                "  permlab rig simulate glass-temperature.schedule.yaml -o /tmp/logs --force"})
    static final class Simulate implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SCHEDULE.yaml", description = "The schedule.")
        Path schedule;

        @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Output file (one sample) or folder.")
        Path out;

        @Option(names = "--force", description = "Replace existing files.")
        boolean force;

        @Override
        public void run() {
            List<RigScheduleReader.SampleSchedule> runs = RigScheduleReader.read(schedule, schedule.toString());
            Path base = schedule.toAbsolutePath().getParent();
            PrintWriter stdout = spec.commandLine().getOut();
            for (RigScheduleReader.SampleSchedule s : runs) {
                Path target;
                if (runs.size() == 1) {
                    target = out != null ? out : base.resolve(s.logName().orElse(schedule.getFileName().toString()
                            .replaceFirst("\\.[^.]*$", "") + ".csv"));
                } else {
                    String name = s.logName().orElseThrow(() -> InvalidInputException.of(schedule.toString(),
                            "samples: each sample needs a 'log' file name when the schedule has several samples"));
                    target = (out != null ? out : base).resolve(name);
                }
                if (target.toAbsolutePath().normalize().equals(schedule.toAbsolutePath().normalize())) {
                    throw InvalidInputException.of(schedule.toString(), "the log would be written over the schedule "
                            + "itself; give another 'log' name or -o");
                }
                String text = simulate(s);
                write(target, text, force);
                RigSchedule r = s.schedule();
                stdout.println("wrote " + target + " (" + r.membrane() + ", " + text.lines().count() + " lines, seed "
                        + r.seed() + ", cell " + r.cellModel().word() + ", flows in mL/min at "
                        + s.flowReference().label() + ")");
            }
        }
    }

    /** The log text of one sample's schedule. */
    public static String simulate(RigScheduleReader.SampleSchedule s) {
        RigSchedule r = s.schedule();
        RigLog log = VirtualRig.simulate(r);
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            RigLogWriter.write(log, s.flowReference(), "simulated by permlab's virtual rig: experiment "
                    + r.experiment() + ", membrane " + r.membrane() + ", seed " + r.seed() + ", cell model "
                    + r.cellModel().word() + "; flows in mL/min at " + s.flowReference().label()
                    + s.calibration().map(c -> "; GC peak areas in " + c.areaUnit()).orElse(""), s.calibration(), w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes a file of permlab's (a log, a result), never replacing an existing one without {@code force}. */
    static void write(Path target, String text, boolean force) {
        AtomicFiles.writeString(target, text, force);
    }
}
