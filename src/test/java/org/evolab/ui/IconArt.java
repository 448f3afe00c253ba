package org.evolab.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Evolab icon (a small network on an indigo tile, one neuron mutated to green) and
 * writes it as PNG in the sizes the stage uses. Run by hand when the icon changes:
 * {@code java -cp target/test-classes org.evolab.ui.IconArt assets src/main/resources/org/evolab/ui}.
 */
public final class IconArt {
    private IconArt() {}

    public static void main(String[] args) throws IOException {
        for (String dir : args) {
            new File(dir).mkdirs();
            ImageIO.write(draw(256), "png", new File(dir, "icon.png"));
            for (int s : new int[] {16, 32, 64, 128}) {
                ImageIO.write(draw(s), "png", new File(dir, "icon-" + s + ".png"));
            }
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double k = size / 256.0;
        g.scale(k, k);
        // tile
        g.setPaint(new GradientPaint(0, 0, new Color(0x31, 0x2e, 0x81), 256, 256, new Color(0x63, 0x66, 0xf1)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // a soft helix behind the network: evolution
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 38));
        g.draw(new CubicCurve2D.Double(30, 200, 90, 120, 160, 250, 226, 60));
        g.draw(new CubicCurve2D.Double(30, 60, 100, 150, 150, 20, 226, 200));
        // network: 2 - 3 - 2
        double[][] nodes = {{68, 96}, {68, 160}, {128, 72}, {128, 128}, {128, 184}, {188, 100}, {188, 156}};
        int[][] edges = {{0, 2}, {0, 3}, {0, 4}, {1, 2}, {1, 3}, {1, 4}, {2, 5}, {2, 6}, {3, 5}, {3, 6}, {4, 5}, {4, 6}
        };
        g.setStroke(new BasicStroke(size < 48 ? 9 : 6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int[] e : edges) {
            boolean strong = (e[0] == 1 && e[1] == 3) || (e[0] == 3 && e[1] == 5) || (e[0] == 0 && e[1] == 2);
            g.setColor(strong ? new Color(0xa7, 0xf3, 0xd0, 230) : new Color(255, 255, 255, 120));
            g.draw(new Line2D.Double(nodes[e[0]][0], nodes[e[0]][1], nodes[e[1]][0], nodes[e[1]][1]));
        }
        double r = size < 48 ? 22 : 17;
        for (int i = 0; i < nodes.length; i++) {
            boolean mutated = i == 3;
            g.setColor(mutated ? new Color(0x10, 0xb9, 0x81) : Color.WHITE);
            g.fill(new Ellipse2D.Double(nodes[i][0] - r, nodes[i][1] - r, 2 * r, 2 * r));
            if (!mutated && size >= 48) {
                g.setColor(new Color(0xc7, 0xd2, 0xfe));
                g.setStroke(new BasicStroke(4));
                g.draw(new Ellipse2D.Double(nodes[i][0] - r + 2, nodes[i][1] - r + 2, 2 * r - 4, 2 * r - 4));
            }
        }
        g.dispose();
        return img;
    }
}
