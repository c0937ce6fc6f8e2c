package org.permlab.app.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permlab.gas.Species;
import org.permlab.gas.SpeciesVector;
import org.permlab.quantity.Measured;
import org.permlab.result.Convention;
import org.permlab.result.Conventions;
import org.permlab.result.Worded;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * How permlab's domain types appear in JSON, in one place, so that a core result record serialises as itself and
 * has exactly one JSON shape:
 * <ul>
 * <li>a {@link Measured} property {@code x_unit} becomes two keys, {@code x_unit} (the value) and
 * {@code x_sd_unit} (its standard uncertainty, {@link ResultKeys#sdKey}); likewise an {@code Optional<Measured>}
 * (absent: neither key) and a list or array of them (two arrays); a {@code Measured} elsewhere (a map value) is
 * {@code {"value": v, "sd": s}};</li>
 * <li>a {@link SpeciesVector} is an object from formula to value, a {@link Species} its formula;</li>
 * <li>{@link Conventions} is an object from key to statement (or to {@code {statement, parameters...}});</li>
 * <li>an enum that is {@link Worded} is its word; a {@link Path} its text.</li>
 * </ul>
 */
public final class PermlabModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public PermlabModule() {
        super("permlab");
        addSerializer(Measured.class, new MeasuredSerializer());
        addSerializer(SpeciesVector.class, new SpeciesVectorSerializer());
        addSerializer(Species.class, new SpeciesSerializer());
        addSerializer(Conventions.class, new ConventionsSerializer());
        addSerializer(Worded.class, new WordedSerializer());
        addSerializer(Path.class, ToStringSerializer.instance);
        setSerializerModifier(new MeasuredSplitter());
        TradeoffMixins.register(this);
        PalsMixins.register(this);
        ProcessMixins.register(this);
    }

    /** A standalone Measured: {@code {"value": v, "sd": s}}. */
    static final class MeasuredSerializer extends StdSerializer<Measured> {
        private static final long serialVersionUID = 1L;

        MeasuredSerializer() {
            super(Measured.class);
        }

        @Override
        public void serialize(Measured m, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeNumberField("value", m.value());
            g.writeNumberField("sd", m.sd());
            g.writeEndObject();
        }
    }

    static final class SpeciesVectorSerializer extends StdSerializer<SpeciesVector> {
        private static final long serialVersionUID = 1L;

        SpeciesVectorSerializer() {
            super(SpeciesVector.class);
        }

        @Override
        public void serialize(SpeciesVector v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            for (int i = 0; i < v.size(); i++) {
                g.writeNumberField(v.species(i).formula(), v.get(i));
            }
            g.writeEndObject();
        }
    }

    static final class SpeciesSerializer extends StdSerializer<Species> {
        private static final long serialVersionUID = 1L;

        SpeciesSerializer() {
            super(Species.class);
        }

        @Override
        public void serialize(Species s, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(s.formula());
        }
    }

    static final class ConventionsSerializer extends StdSerializer<Conventions> {
        private static final long serialVersionUID = 1L;

        ConventionsSerializer() {
            super(Conventions.class);
        }

        @Override
        public void serialize(Conventions cs, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            for (Convention c : cs.entries()) {
                if (c.parameters().isEmpty()) {
                    g.writeStringField(c.key(), c.statement());
                } else {
                    g.writeObjectFieldStart(c.key());
                    g.writeStringField("statement", c.statement());
                    for (Map.Entry<String, Object> e : c.parameters().entrySet()) {
                        g.writeFieldName(e.getKey());
                        p.defaultSerializeValue(e.getValue(), g);
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndObject();
        }
    }

    static final class WordedSerializer extends StdSerializer<Worded> {
        private static final long serialVersionUID = 1L;

        WordedSerializer() {
            super(Worded.class);
        }

        @Override
        public void serialize(Worded w, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(w.word());
        }
    }

    /** Replaces every Measured-valued bean property by a writer of two keys. */
    static final class MeasuredSplitter extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                List<BeanPropertyWriter> properties) {
            List<BeanPropertyWriter> out = new ArrayList<>(properties.size());
            for (BeanPropertyWriter w : properties) {
                Shape shape = Shape.of(w.getType());
                out.add(shape == Shape.OTHER ? w : new SplitWriter(w, shape));
            }
            return out;
        }
    }

    /** How a property holds Measured values. */
    enum Shape {
        ONE, OPTIONAL, MANY, OTHER;

        static Shape of(JavaType t) {
            if (t.hasRawClass(Measured.class)) {
                return ONE;
            }
            if (t.hasRawClass(Optional.class) && t.containedTypeCount() == 1
                    && t.containedType(0).hasRawClass(Measured.class)) {
                return OPTIONAL;
            }
            if (t.isArrayType() && t.getContentType().hasRawClass(Measured.class)) {
                return MANY;
            }
            if (t.isCollectionLikeType() && t.getContentType() != null
                    && t.getContentType().hasRawClass(Measured.class)) {
                return MANY;
            }
            return OTHER;
        }
    }

    /** Writes {@code name: value} and {@code sdName: sd} for a Measured property (or two arrays for many). */
    static final class SplitWriter extends BeanPropertyWriter {
        private static final long serialVersionUID = 1L;
        private final Shape shape;
        private final String sdName;

        SplitWriter(BeanPropertyWriter base, Shape shape) {
            super(base);
            this.shape = shape;
            this.sdName = ResultKeys.sdKey(base.getName());
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator g, SerializerProvider prov) throws Exception {
            Object v = get(bean);
            switch (shape) {
                case ONE -> {
                    if (v != null) {
                        Measured m = (Measured) v;
                        g.writeNumberField(getName(), m.value());
                        g.writeNumberField(sdName, m.sd());
                    }
                }
                case OPTIONAL -> {
                    if (v instanceof Optional<?> o && o.isPresent()) {
                        Measured m = (Measured) o.get();
                        g.writeNumberField(getName(), m.value());
                        g.writeNumberField(sdName, m.sd());
                    }
                }
                case MANY -> {
                    List<Measured> list = asList(v);
                    if (list != null) {
                        g.writeArrayFieldStart(getName());
                        for (Measured m : list) {
                            g.writeNumber(m.value());
                        }
                        g.writeEndArray();
                        g.writeArrayFieldStart(sdName);
                        for (Measured m : list) {
                            g.writeNumber(m.sd());
                        }
                        g.writeEndArray();
                    }
                }
                default -> super.serializeAsField(bean, g, prov);
            }
        }

        private static List<Measured> asList(Object v) {
            if (v instanceof Measured[] a) {
                return List.of(a);
            }
            if (v instanceof Collection<?> c) {
                List<Measured> l = new ArrayList<>(c.size());
                for (Object o : c) {
                    l.add((Measured) o);
                }
                return l;
            }
            return null;
        }
    }
}
