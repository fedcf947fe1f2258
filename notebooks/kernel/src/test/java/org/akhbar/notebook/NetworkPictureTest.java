package org.akhbar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkPictureTest {
    private static final int SIZE = 400;
    private final NetworkPicture picture = new NetworkPicture(List.of(
            new NetworkPicture.Edge("روسيا", "أوكرانيا", 0.9),
            new NetworkPicture.Edge("روسيا", "الكرملين", 0.5),
            new NetworkPicture.Edge("أرمينيا", "أذربيجان", 0.7)), SIZE);

    @Test
    void degreesCountThePairsOfEachEntity() {
        assertEquals(Map.of("روسيا", 2, "أوكرانيا", 1, "الكرملين", 1, "أرمينيا", 1, "أذربيجان", 1),
                picture.degrees());
    }

    @Test
    void theMostConnectedEntityIsAtTheTopAndEveryNodeOnOneCircle() {
        Map<String, Point2D> layout = picture.layout();
        assertEquals(List.of("روسيا", "أذربيجان", "أرمينيا", "أوكرانيا", "الكرملين"), List.copyOf(layout.keySet()));
        Point2D top = layout.get("روسيا");
        assertEquals(SIZE / 2.0, top.getX(), 1e-9);
        assertEquals(SIZE / 2.0 - SIZE * 0.32, top.getY(), 1e-9);
        for (Point2D p : layout.values()) {
            assertEquals(SIZE * 0.32, p.distance(SIZE / 2.0, SIZE / 2.0), 1e-9);
        }
    }

    @Test
    void theDrawingIsWhiteAroundAndInkedOnTheStrongestLine() {
        BufferedImage image = picture.draw();
        assertEquals(SIZE, image.getWidth());
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF);
        Point2D a = picture.layout().get("روسيا");
        Point2D b = picture.layout().get("أوكرانيا");
        int midX = (int) Math.round((a.getX() + b.getX()) / 2);
        int midY = (int) Math.round((a.getY() + b.getY()) / 2);
        assertNotEquals(0xFFFFFF, image.getRGB(midX, midY) & 0xFFFFFF);
    }

    @Test
    void aNetworkNeedsAPair() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkPicture(List.of(), SIZE));
    }
}
