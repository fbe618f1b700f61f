package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks that a chart was written as a real SVG and a real PNG. */
final class ChartFiles {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ChartFiles() {}

  static void assertNonTrivial(Path svg, Path png) throws IOException {
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertThat(text).as(svg.toString()).contains("<svg").contains("</svg>");
    // a chart has axes, ticks, bars or points and text drawn as paths: many path elements
    assertThat(text.split("<path", -1).length).as(svg + " paths").isGreaterThan(30);
    byte[] bytes = Files.readAllBytes(png);
    assertThat(Arrays.copyOf(bytes, 8)).as(png + " signature").isEqualTo(PNG);
    assertThat(bytes.length).as(png + " size").isGreaterThan(8_000);
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(600);
    assertThat(image.getHeight()).isGreaterThanOrEqualTo(400);
  }
}
