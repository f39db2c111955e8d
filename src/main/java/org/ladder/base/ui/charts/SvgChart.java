package org.ladder.base.ui.charts;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;

/**
 * A chart drawn on the server by JFreeChart and shown as an SVG image that scales to its container (ADR 0018).
 * Every chart has a text alternative: the image's {@code alt} says what it shows, and {@link #withFigures} adds its
 * figures as a table under a "Figures" disclosure, for screen readers and for anyone who wants the numbers.
 */
public class SvgChart extends Div {

    private final Image image;

    /**
     * @param chart  the chart, built with JFreeChart's factories and styled with {@link ChartStyle}
     * @param label  what the chart shows, in one sentence (the image's text alternative)
     * @param width  the drawing's width in pixels (the image scales down to its container)
     * @param height the drawing's height in pixels
     */
    public SvgChart(JFreeChart chart, String label, int width, int height) {
        Objects.requireNonNull(chart, "chart");
        addClassName("ladder-chart");
        image = new Image(dataUri(render(chart, width, height)), Objects.requireNonNull(label, "label"));
        image.addClassName("ladder-chart-image");
        image.getStyle().set("width", "100%").set("max-width", width + "px").set("height", "auto");
        add(image);
    }

    /** Adds the chart's figures as a table (first row: the headers), shown under a "Figures" disclosure. */
    public SvgChart withFigures(String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<details class=\"ladder-chart-figures\"><summary>Figures</summary>")
                .append("<table><caption>").append(escape(caption)).append("</caption><thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                html.append('<').append(tag).append('>').append(escape(row.get(i)))
                        .append("</").append(i == 0 ? "th" : "td").append('>');
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></details>");
        add(new Html(html.toString()));
        return this;
    }

    /** The text alternative of the drawing. */
    public String label() {
        return image.getAlt().orElse("");
    }

    /** The SVG document of a chart, as JFreeSVG writes it, scaling to the width it is given. */
    public static String render(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    private static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
