package io.github.mot.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Test workbooks changed part by part, to make damaged, hostile or oversized ones. */
final class Workbooks {

  private Workbooks() {}

  /**
   * The workbook with the XML text of every part whose name passes {@code part} changed by {@code
   * edit}, and every other part copied as it is.
   *
   * @param xlsx the workbook
   * @param part which parts to change, by entry name
   * @param edit the change of a part's text (UTF-8)
   * @return the changed workbook
   * @throws IOException if the workbook cannot be read or written
   */
  static byte[] withParts(byte[] xlsx, Predicate<String> part, UnaryOperator<String> edit)
      throws IOException {
    // fastexcel streams its entries (sizes in data descriptors), which ZipInputStream cannot
    // reread: go through a file under target/ and ZipFile's central directory.
    Path dir = Files.createDirectories(Path.of("target", "xlsx-fuzz"));
    Path file = Files.createTempFile(dir, "workbook", ".xlsx");
    Files.write(file, xlsx);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile in = new ZipFile(file.toFile());
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e : Collections.list(in.entries())) {
        byte[] content;
        try (InputStream entry = in.getInputStream(e)) {
          content = entry.readAllBytes();
        }
        if (part.test(e.getName())) {
          content =
              edit.apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    } finally {
      Files.delete(file);
    }
    return out.toByteArray();
  }
}
