package org.permlab.app.report;

import java.util.List;
import java.util.Map;

import org.permlab.app.cli.VersionProvider;
import org.permlab.io.study.Study;

/** The HTML page around the sections. */
final class ReportPage {

    private static final String CSS = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;
            padding:0 1em;color:#111;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            h3{margin-top:1.4em}table{border-collapse:collapse;margin:.8em 0;font-size:.92em}
            th,td{border-bottom:1px solid #ddd;padding:.3em .7em;text-align:left;vertical-align:top}
            th{background:#f4f4f4}td{font-variant-numeric:tabular-nums}
            figure{margin:1em 0}figure img{max-width:100%;border:1px solid #eee}
            figcaption{font-size:.9em;color:#333;max-width:900px}
            .note{font-size:.88em;color:#444}.error{background:#fde8e8;border-left:4px solid #c00;padding:.5em 1em;
            font-family:monospace;white-space:pre-wrap}nav ul{columns:2}
            """;

    private ReportPage() {
    }

    static String render(Study study, Map<ReportWriter.Entry, String> bodies, List<SectionProblem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.esc(study.title())).append(" - permlab report</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(Html.esc(study.title())).append("</h1>\n");
        sb.append(Html.note("Study '" + study.id() + "' (" + study.file().getFileName() + "), report by permlab "
                + VersionProvider.version() + ". Every number is in results.json with its unit, uncertainty "
                + "and the conventions used."));
        sb.append("<nav><ul>\n");
        for (ReportWriter.Entry s : bodies.keySet()) {
            sb.append("<li><a href=\"#").append(Html.esc(s.id())).append("\">").append(Html.esc(s.title()))
                    .append("</a></li>\n");
        }
        sb.append("</ul></nav>\n");
        if (!problems.isEmpty()) {
            sb.append("<h2 id=\"errors\">Problems</h2>\n");
            for (SectionProblem p : problems) {
                sb.append("<div class=\"error\">").append(Html.esc(p.section() + ": " + p.message()))
                        .append("</div>\n");
            }
        }
        for (Map.Entry<ReportWriter.Entry, String> e : bodies.entrySet()) {
            ReportWriter.Entry s = e.getKey();
            sb.append("<section id=\"").append(Html.esc(s.id())).append("\">\n<h2>").append(Html.esc(s.title()))
                    .append("</h2>\n");
            if (e.getValue() == null) {
                sb.append("<p class=\"error\">This section could not be computed; see Problems above.</p>\n");
            } else {
                sb.append(e.getValue());
            }
            sb.append("</section>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }
}
