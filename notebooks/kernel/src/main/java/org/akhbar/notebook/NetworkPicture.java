package org.akhbar.notebook;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A co-occurrence network drawn with Java2D: entities on a circle, most connected first, clockwise from the top; one
 * line per pair, wider and darker the stronger its weight (NPMI, from 0 to 1); a node's size grows with its pairs.
 */
public final class NetworkPicture {
    /** One pair of the network; {@code weight} is clamped to [0, 1]. */
    public record Edge(String a, String b, double weight) {
    }

    private final List<Edge> edges;
    private final int size;

    public NetworkPicture(List<Edge> edges, int size) {
        if (edges.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one pair");
        }
        this.edges = List.copyOf(edges);
        this.size = size;
    }

    /** How many pairs each entity is in. */
    public Map<String, Integer> degrees() {
        Map<String, Integer> degrees = new TreeMap<>();
        for (Edge edge : edges) {
            degrees.merge(edge.a(), 1, Integer::sum);
            degrees.merge(edge.b(), 1, Integer::sum);
        }
        return degrees;
    }

    /** Where each entity's node is: on a circle around the centre, by falling degree, then name. */
    public Map<String, Point2D> layout() {
        Map<String, Integer> degrees = degrees();
        List<String> order = degrees.keySet().stream()
                .sorted(Comparator.comparing((String n) -> -degrees.get(n)).thenComparing(Comparator.naturalOrder()))
                .toList();
        double radius = size * 0.32;
        double centre = size / 2.0;
        Map<String, Point2D> positions = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / order.size();
            positions.put(order.get(i), new Point2D.Double(centre + radius * Math.cos(angle),
                    centre + radius * Math.sin(angle)));
        }
        return positions;
    }

    public BufferedImage draw() {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            Map<String, Point2D> positions = layout();
            drawEdges(g, positions);
            drawNodes(g, positions, degrees());
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawEdges(Graphics2D g, Map<String, Point2D> positions) {
        // Weakest first, so strong pairs are drawn on top.
        List<Edge> byWeight = edges.stream().sorted(Comparator.comparingDouble(Edge::weight)).toList();
        for (Edge edge : byWeight) {
            float w = (float) Math.max(0, Math.min(1, edge.weight()));
            g.setStroke(new BasicStroke(0.5f + 4.5f * w));
            g.setColor(new Color(0.15f, 0.35f, 0.7f, 0.15f + 0.7f * w));
            g.draw(new Line2D.Double(positions.get(edge.a()), positions.get(edge.b())));
        }
    }

    private void drawNodes(Graphics2D g, Map<String, Point2D> positions, Map<String, Integer> degrees) {
        int maxDegree = degrees.values().stream().max(Integer::compare).orElse(1);
        Font font = ArabicCharts.font(Font.PLAIN, Math.max(10f, size / 55f));
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        double centre = size / 2.0;
        for (Map.Entry<String, Point2D> node : positions.entrySet()) {
            double r = 4 + 8.0 * degrees.get(node.getKey()) / maxDegree;
            Point2D p = node.getValue();
            g.setColor(new Color(0.85f, 0.4f, 0.1f));
            g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
            // The label sits outside the circle, on the node's side, so labels never cover the lines.
            String label = node.getKey();
            int width = metrics.stringWidth(label);
            double dx = p.getX() - centre;
            double dy = p.getY() - centre;
            double length = Math.max(1e-9, Math.hypot(dx, dy));
            double x = p.getX() + dx / length * (r + 6) - (dx < -1 ? width : dx > 1 ? 0 : width / 2.0);
            double y = p.getY() + dy / length * (r + 6) + metrics.getAscent() / 2.0;
            g.setColor(Color.DARK_GRAY);
            g.drawString(label, (float) x, (float) y);
        }
    }
}
