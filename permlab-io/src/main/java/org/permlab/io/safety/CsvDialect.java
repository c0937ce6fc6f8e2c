package org.permlab.io.safety;

/**
 * A CSV dialect: the field separator and whether numbers use a decimal comma. A spreadsheet set to a European
 * locale saves "CSV" with semicolons between fields and commas in numbers ({@code 0,0833;25,10}); permlab's own
 * files, and English-locale ones, use commas and points. A reader either reads both dialects (the rig log) or
 * refuses the semicolon one with {@link #SEMICOLON_REFUSAL} (files whose text fields hold commas and ranges).
 *
 * @param separator    the field separator
 * @param decimalComma whether numbers are written with a decimal comma
 */
public record CsvDialect(char separator, boolean decimalComma) {

    /** Commas between fields, points in numbers. */
    public static final CsvDialect COMMA = new CsvDialect(',', false);

    /** Semicolons between fields, commas in numbers (European-locale spreadsheets). */
    public static final CsvDialect SEMICOLON_DECIMAL_COMMA = new CsvDialect(';', true);

    /** Why a reader that takes only the comma dialect refuses a semicolon file, and what to do. */
    public static final String SEMICOLON_REFUSAL = "the header is separated by ';' (a spreadsheet's CSV in a European "
            + "locale, with decimal commas); save the file with ',' between fields and '.' in numbers";

    /**
     * The dialect of a file from its header line: semicolons and no comma there mean the semicolon/decimal-comma
     * dialect; anything else the comma dialect.
     */
    public static CsvDialect ofHeader(String headerLine) {
        return headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? SEMICOLON_DECIMAL_COMMA : COMMA;
    }
}
