package org.permlab.app.report;

import java.util.List;

import org.permlab.app.plot.FigureFiles;

/** Small, escaping HTML builders for report sections. */
public final class Html {

    private Html() {
    }

    /** Escapes text for HTML. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A paragraph of text. */
    public static String p(String text) {
        return "<p>" + esc(text) + "</p>\n";
    }

    /** A small-print note (conventions, provenance). */
    public static String note(String text) {
        return "<p class=\"note\">" + esc(text) + "</p>\n";
    }

    /** A sub-heading within a section. */
    public static String h3(String text) {
        return "<h3>" + esc(text) + "</h3>\n";
    }

    /** A table; cells are escaped text. Column headers should name units, e.g. "Area (cm2)". */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
        for (String h : header) {
            sb.append("<th>").append(esc(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td>").append(esc(cell)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    /** A figure (the SVG, linking the PNG) with a caption. */
    public static String figure(ReportContext context, FigureFiles files, String caption) {
        String svg = esc(context.relative(files.svg()));
        String png = esc(context.relative(files.png()));
        return "<figure><a href=\"" + png + "\"><img src=\"" + svg + "\" alt=\"" + esc(caption) + "\"></a>"
                + "<figcaption>" + esc(caption) + "</figcaption></figure>\n";
    }
}
