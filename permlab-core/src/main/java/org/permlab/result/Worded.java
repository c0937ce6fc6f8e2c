package org.permlab.result;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.permlab.error.InvalidInputException;

/**
 * An enum whose constants a user types (on the command line, in YAML, in a CSV column) and reads back (in JSON and
 * text): each constant has one word, and may accept aliases. Parsing is the same for every such enum: case,
 * surrounding space, hyphens, underscores and inner spaces are ignored, so {@code log-mean}, {@code LogMean} and
 * {@code log_mean} all match the word {@code logmean}.
 */
public interface Worded {

    /** The word used on the command line, in YAML and in JSON. */
    String word();

    /** Other accepted spellings (matched with the same normalisation as the word). */
    default List<String> aliases() {
        return List.of();
    }

    /** The normalised form under which words are compared. */
    static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /** The constant of an enum whose word or an alias matches the text. */
    static <E extends Enum<E> & Worded> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = normalise(text);
        for (E e : type.getEnumConstants()) {
            if (normalise(e.word()).equals(t) || e.aliases().stream().anyMatch(a -> normalise(a).equals(t))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant matching the text; otherwise bad input naming the field and listing the words.
     *
     * @param field the field or option, for the message
     */
    static <E extends Enum<E> & Worded> E require(Class<E> type, String text, String field) {
        return parse(type, text).orElseThrow(() -> InvalidInputException.of(field, "expected one of "
                + words(type) + ", got '" + text + "'"));
    }

    /** Every word of an enum, comma-separated, for messages and help. */
    static <E extends Enum<E> & Worded> String words(Class<E> type) {
        return wordList(type).stream().collect(Collectors.joining(", "));
    }

    /** Every word of an enum, in declaration order. */
    static <E extends Enum<E> & Worded> List<String> wordList(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Worded::word).toList();
    }

    /** Every word and alias, for completion candidates. */
    static <E extends Enum<E> & Worded> List<String> spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).flatMap(e -> Stream.concat(Stream.of(e.word()),
                e.aliases().stream())).toList();
    }
}
