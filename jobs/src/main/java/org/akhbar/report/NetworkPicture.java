package org.akhbar.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The entity co-occurrence network drawn with Java2D: the top entities on a circle in rank order (clockwise from
 * the top, so the layout depends on nothing but the data), node area by articles, line width by NPMI. Names are
 * drawn with TextLayout, which applies the bidirectional algorithm and Arabic shaping.
 */
final class NetworkPicture {
    static final int WIDTH = 900;
    static final int HEIGHT = 720;
    private static final double RING = 250;
    private static final Color NODE = new Color(0x1f, 0x6f, 0xb4);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private NetworkPicture() {
    }

    static ReportDocument.Picture draw(List<ReportData.EntityRow> nodes, List<ReportData.PairRow> edges, String alt) {
        Map<String, Point2D> at = positions(nodes.stream().map(ReportData.EntityRow::entityId).toList());
        return picture("network", alt, g -> {
            drawEdges(g, edges, at);
            drawNodes(g, nodes, at);
        });
    }

    /** A white canvas of the picture's size, drawn on with antialiased shapes and text. */
    static ReportDocument.Picture picture(String name, String alt, Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        return new ReportDocument.Picture(name, alt, Png.encode(image), WIDTH, HEIGHT);
    }

    /** Points on a circle in the order given, clockwise from the top. */
    static Map<String, Point2D> positions(List<String> ids) {
        Map<String, Point2D> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / ids.size();
            at.put(ids.get(i), new Point2D.Double(WIDTH / 2.0 + RING * Math.cos(angle),
                    HEIGHT / 2.0 + RING * Math.sin(angle)));
        }
        return at;
    }

    private static void drawEdges(Graphics2D g, List<ReportData.PairRow> edges, Map<String, Point2D> at) {
        // Weakest first, so the strongest lines are drawn on top.
        for (int i = edges.size() - 1; i >= 0; i--) {
            ReportData.PairRow e = edges.get(i);
            Point2D a = at.get(e.entityA());
            Point2D b = at.get(e.entityB());
            if (a == null || b == null) {
                continue;
            }
            double strength = Math.max(0, Math.min(1, e.npmi()));
            int shade = (int) Math.round(200 - 150 * strength);
            g.setColor(new Color(shade, shade, shade));
            g.setStroke(new BasicStroke((float) (1 + 7 * strength), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(a, b));
        }
    }

    private static void drawNodes(Graphics2D g, List<ReportData.EntityRow> nodes, Map<String, Point2D> at) {
        long most = nodes.stream().mapToLong(ReportData.EntityRow::articles).max().orElse(1);
        for (ReportData.EntityRow node : nodes) {
            drawNode(g, at.get(node.entityId()), 6 + 16 * Math.sqrt((double) node.articles() / Math.max(1, most)),
                    node.nameAr() + " (" + node.articles() + ")");
        }
    }

    /** A node of radius {@code r} at {@code p} and its label outside the circle, away from the centre. */
    static void drawNode(Graphics2D g, Point2D p, double r, String text) {
        g.setColor(NODE);
        g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout label = new TextLayout(text, ReportFont.plain(15f), frc);
        float width = label.getAdvance();
        double dx = p.getX() - WIDTH / 2.0;
        double dy = p.getY() - HEIGHT / 2.0;
        double length = Math.max(1, Math.hypot(dx, dy));
        double ox = p.getX() + dx / length * (r + 8);
        double oy = p.getY() + dy / length * (r + 8);
        // Labels on the left half end at their node; on the right half they start at it; top and bottom centre.
        double x = Math.abs(dx) < 1 ? ox - width / 2 : dx < 0 ? ox - width : ox;
        double y = oy + (dy > 0 ? label.getAscent() : dy < 0 ? -label.getDescent() : label.getAscent() / 2);
        g.setColor(TEXT);
        label.draw(g, (float) x, (float) y);
    }
}
