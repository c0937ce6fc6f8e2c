package org.permlab.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permlab.error.InvalidInputException;
import org.permlab.quantity.Dimension;

/**
 * A number of a flowsheet that a sweep or the optimiser varies, written {@code UNIT.property} or
 * {@code FEED.property}: a stage's {@code area}, {@code permeate_pressure} or {@code temperature}; a compressor's
 * {@code outlet_pressure} or {@code efficiency}; a two-way splitter's {@code fraction} (of its first outlet); a
 * feed's {@code pressure}, {@code flow} or {@code temperature}.
 *
 * @param target   a unit or feed name
 * @param property the property
 */
public record FlowsheetParameter(String target, String property) {

    /** Parses {@code S1.area}. */
    public static FlowsheetParameter parse(String spec) {
        int dot = spec.lastIndexOf('.');
        if (dot <= 0 || dot == spec.length() - 1) {
            throw InvalidInputException.of("parameter", "expected UNIT.property such as S1.area or "
                    + "C1.outlet_pressure, got '" + spec + "'");
        }
        return new FlowsheetParameter(spec.substring(0, dot).strip(), spec.substring(dot + 1).strip()
                .replace('-', '_'));
    }

    public String spec() {
        return target + "." + property;
    }

    /** What the value measures (for parsing and printing). */
    public Dimension dimension(Flowsheet fs) {
        resolve(fs);
        return switch (property) {
            case "area" -> Dimension.AREA;
            case "permeate_pressure", "outlet_pressure", "pressure" -> Dimension.PRESSURE;
            case "temperature" -> Dimension.TEMPERATURE;
            case "flow" -> Dimension.MOLAR_FLOW;
            default -> Dimension.DIMENSIONLESS;
        };
    }

    private Object resolve(Flowsheet fs) {
        if (fs.feeds().containsKey(target)) {
            if (!List.of("pressure", "flow", "temperature").contains(property)) {
                throw bad("a feed has pressure, flow and temperature");
            }
            return fs.feeds().get(target);
        }
        Optional<UnitOperation> u = fs.unit(target);
        if (u.isEmpty()) {
            List<String> names = new ArrayList<>(fs.feeds().keySet());
            fs.units().forEach(x -> names.add(x.name()));
            throw InvalidInputException.of("parameter", "'" + spec() + "': no unit or feed named '" + target
                    + "' (there are " + String.join(", ", names) + ")");
        }
        UnitOperation unit = u.get();
        List<String> allowed = switch (unit.kind()) {
            case "stage" -> List.of("area", "permeate_pressure", "temperature");
            case "compressor" -> List.of("outlet_pressure", "efficiency");
            case "splitter" -> List.of("fraction");
            default -> List.of();
        };
        if (!allowed.contains(property)) {
            throw bad("a " + unit.kind() + " has " + (allowed.isEmpty() ? "nothing to vary" : String.join(", ",
                    allowed)));
        }
        if (unit instanceof SplitterUnit s && s.outlets().size() != 2) {
            throw bad("only a two-way splitter's fraction can be varied");
        }
        return unit;
    }

    private InvalidInputException bad(String what) {
        return InvalidInputException.of("parameter", "'" + spec() + "': " + what);
    }

    /** The value in the flowsheet as given, SI. */
    public double current(Flowsheet fs) {
        Object o = resolve(fs);
        if (o instanceof ProcessStream f) {
            return switch (property) {
                case "pressure" -> f.pressurePa();
                case "flow" -> f.totalFlowMolS();
                default -> f.temperatureK();
            };
        }
        if (o instanceof StageUnit s) {
            return switch (property) {
                case "area" -> s.stage().areaM2();
                case "permeate_pressure" -> s.stage().permeatePressurePa();
                default -> s.stage().temperatureK().orElse(Double.NaN);
            };
        }
        if (o instanceof CompressorUnit c) {
            return property.equals("outlet_pressure") ? c.compressor().outletPressurePa()
                    : c.compressor().isentropicEfficiency();
        }
        return ((SplitterUnit) o).fractions().get(0);
    }

    /** The flowsheet with this parameter set to a value (SI). */
    public Flowsheet apply(Flowsheet fs, double valueSi) {
        Object o = resolve(fs);
        if (o instanceof ProcessStream f) {
            ProcessStream changed = switch (property) {
                case "pressure" -> f.withPressure(valueSi);
                case "flow" -> f.scaled(valueSi / f.totalFlowMolS());
                default -> f.withTemperature(valueSi);
            };
            return fs.withFeed(target, changed);
        }
        if (o instanceof StageUnit s) {
            Stage st = switch (property) {
                case "area" -> s.stage().withAreaM2(valueSi);
                case "permeate_pressure" -> s.stage().withPermeatePressurePa(valueSi);
                default -> s.stage().withTemperatureK(valueSi);
            };
            return fs.withUnit(s.withStage(st));
        }
        if (o instanceof CompressorUnit c) {
            Compressor k = c.compressor();
            Compressor changed = property.equals("outlet_pressure")
                    ? new Compressor(k.name(), valueSi, k.isentropicEfficiency(), k.stages(),
                            k.intercoolerTemperatureK())
                    : new Compressor(k.name(), k.outletPressurePa(), valueSi, k.stages(),
                            k.intercoolerTemperatureK());
            return fs.withUnit(new CompressorUnit(changed, c.inlet(), c.outlet()));
        }
        SplitterUnit s = (SplitterUnit) o;
        return fs.withUnit(new SplitterUnit(s.name(), s.inlet(), s.outlets(), List.of(valueSi, 1 - valueSi)));
    }
}
