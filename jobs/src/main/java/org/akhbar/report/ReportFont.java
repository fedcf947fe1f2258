package org.akhbar.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped in the jar and registered with Java2D, so charts shape and join Arabic the same way on every
 * machine whatever fonts it has installed (a machine without Arabic fonts would otherwise draw boxes).
 */
public final class ReportFont {
    static final String RESOURCE = "/org/akhbar/report/fonts/DejaVuSans.ttf";
    private static Font base;

    private ReportFont() {
    }

    /** Java2D must run headless on servers; this has to be set before the first AWT class loads. */
    public static void useHeadlessGraphics() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    public static synchronized Font plain(float size) {
        if (base == null) {
            useHeadlessGraphics();
            try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + RESOURCE);
                }
                base = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(base);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("unreadable font resource " + RESOURCE, e);
            }
        }
        return base.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        // DejaVu Sans Bold is not shipped: Java2D emboldens the regular face, which is enough for titles.
        return plain(size).deriveFont(Font.BOLD);
    }
}
