package org.permlab.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.permlab.result.Worded;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The one converter of every option whose type is a {@link Worded} enum: the word or an alias, spelt as
 * {@link Worded#parse} allows; anything else is a usage error listing the words. {@link #registerAll} installs it
 * for every such type in a command tree, so a verb declares {@code FeedSideMode mode;} and nothing more.
 */
public final class WordedConverter<E extends Enum<E> & Worded> implements ITypeConverter<E> {

    private final Class<E> type;

    public WordedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        return Worded.parse(type, value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "expected one of " + Worded.words(type) + ", got '" + value + "'"));
    }

    /**
     * Installs the converter for every Worded enum type that an option or parameter of the tree uses (call it on
     * the root after every sub-command is added; picocli applies it to the whole tree).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void registerAll(CommandLine root) {
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(root, types);
        for (Class<?> t : types) {
            root.registerConverter((Class) t, new WordedConverter(t));
        }
    }

    private static void collect(CommandLine cl, Set<Class<?>> types) {
        for (ArgSpec a : cl.getCommandSpec().args()) {
            List<Class<?>> candidates = new ArrayList<>();
            candidates.add(a.type());
            candidates.addAll(Arrays.asList(a.auxiliaryTypes()));
            for (Class<?> t : candidates) {
                if (t != null && t.isEnum() && Worded.class.isAssignableFrom(t)) {
                    types.add(t);
                }
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            collect(sub, types);
        }
    }
}
