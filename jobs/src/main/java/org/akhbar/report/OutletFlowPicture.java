package org.akhbar.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The directed network of who takes stories from whom: the outlets of the period's top pairs on a circle (the most
 * involved first, clockwise from the top), an arrow from the outlet first on the stories to the one that took them,
 * its width by stories and its colour by the share credited, from orange (none) to blue (all). Arrows both ways
 * between two outlets run side by side.
 */
public final class OutletFlowPicture {
    private static final double NODE_RADIUS = 10;
    private static final double SIDE_OFFSET = 6;
    private static final Color UNCREDITED = new Color(0xe6, 0x7e, 0x22);
    private static final Color CREDITED = new Color(0x1f, 0x6f, 0xb4);

    private OutletFlowPicture() {
    }

    /** The picture of {@code flows} as an image, for a notebook ({@code Display.png} shows it). */
    public static BufferedImage image(List<ReportData.OutletFlowRow> flows) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(draw(flows, "").png()));
    }

    static ReportDocument.Picture draw(List<ReportData.OutletFlowRow> flows, String alt) {
        Map<String, Long> involvement = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ReportData.OutletFlowRow f : flows) {
            involvement.merge(f.firstOutlet(), f.stories(), Long::sum);
            involvement.merge(f.outlet(), f.stories(), Long::sum);
            names.putIfAbsent(f.firstOutlet(), f.firstName());
            names.putIfAbsent(f.outlet(), f.name());
        }
        List<String> order = involvement.keySet().stream()
                .sorted((a, b) -> involvement.get(a).equals(involvement.get(b)) ? names.get(a).compareTo(names.get(b))
                        : Long.compare(involvement.get(b), involvement.get(a)))
                .toList();
        Map<String, Point2D> at = NetworkPicture.positions(order);
        long most = flows.stream().mapToLong(ReportData.OutletFlowRow::stories).max().orElse(1);
        return NetworkPicture.picture("reprints", alt, g -> {
            for (int i = flows.size() - 1; i >= 0; i--) {
                ReportData.OutletFlowRow f = flows.get(i);
                arrow(g, at.get(f.firstOutlet()), at.get(f.outlet()), (double) f.stories() / most,
                        f.creditedShare());
            }
            for (String outlet : order) {
                NetworkPicture.drawNode(g, at.get(outlet), NODE_RADIUS, names.get(outlet));
            }
        });
    }

    private static void arrow(Graphics2D g, Point2D from, Point2D to, double weight, double credited) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        // To the right of the direction of travel, so that the arrow back runs beside this one.
        double sx = -uy * SIDE_OFFSET;
        double sy = ux * SIDE_OFFSET;
        Point2D start = new Point2D.Double(from.getX() + ux * NODE_RADIUS + sx, from.getY() + uy * NODE_RADIUS + sy);
        Point2D tip = new Point2D.Double(to.getX() - ux * (NODE_RADIUS + 2) + sx, to.getY() - uy * (NODE_RADIUS + 2)
                + sy);
        float width = (float) (1.5 + 6 * weight);
        g.setColor(blend(credited));
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        double head = 8 + 2 * width;
        g.draw(new Line2D.Double(start, new Point2D.Double(tip.getX() - ux * head, tip.getY() - uy * head)));
        Path2D.Double point = new Path2D.Double();
        point.moveTo(tip.getX(), tip.getY());
        point.lineTo(tip.getX() - ux * head - uy * head / 2, tip.getY() - uy * head + ux * head / 2);
        point.lineTo(tip.getX() - ux * head + uy * head / 2, tip.getY() - uy * head - ux * head / 2);
        point.closePath();
        g.fill(point);
    }

    private static Color blend(double credited) {
        double t = Math.max(0, Math.min(1, credited));
        return new Color((int) Math.round(UNCREDITED.getRed() + t * (CREDITED.getRed() - UNCREDITED.getRed())),
                (int) Math.round(UNCREDITED.getGreen() + t * (CREDITED.getGreen() - UNCREDITED.getGreen())),
                (int) Math.round(UNCREDITED.getBlue() + t * (CREDITED.getBlue() - UNCREDITED.getBlue())));
    }
}
