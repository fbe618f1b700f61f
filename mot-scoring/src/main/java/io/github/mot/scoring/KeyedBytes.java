package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The keyed parts of the byte forms (groups of a grouped accumulator, the staff and touchpoints of
 * an audit overview): the number of entries, then each entry's key text and value, in increasing
 * order of the key text, so that equal maps give equal bytes whatever their iteration order.
 * Stateless.
 */
final class KeyedBytes {

  private KeyedBytes() {}

  /**
   * Writes a map in key-text order.
   *
   * @throws IllegalArgumentException if two keys have the same text
   */
  static <K, V> void write(ByteForm.Writer out, Map<K, V> map, KeyCodec<? super K> codec,
      BiConsumer<? super V, ByteForm.Writer> value) {
    @SuppressWarnings("unchecked")
    Map.Entry<String, V>[] entries = new Map.Entry[map.size()];
    int i = 0;
    for (Map.Entry<K, V> e : map.entrySet()) {
      entries[i++] = Map.entry(Objects.requireNonNull(codec.encode(e.getKey()), "the text of a key"), e.getValue());
    }
    Arrays.sort(entries, Map.Entry.comparingByKey());
    out.count(entries.length);
    for (int j = 0; j < entries.length; j++) {
      if (j > 0 && entries[j].getKey().equals(entries[j - 1].getKey())) {
        throw new IllegalArgumentException("the key codec writes two different keys as '" + entries[j].getKey()
            + "': every key must have its own text");
      }
      out.text(entries[j].getKey());
      value.accept(entries[j].getValue(), out);
    }
  }

  /**
   * Reads a map written by {@link #write} into {@code into}.
   *
   * @param what the entries, for messages ({@code "group"})
   * @throws io.github.mot.core.io.MalformedBytesException if the keys are not in increasing order,
   *     the codec does not read one, or a value is malformed
   */
  static <K, V> void read(ByteForm.Reader in, String what, KeyCodec<K> codec, Map<K, V> into,
      Function<ByteForm.Reader, V> value) {
    int n = in.size("the number of " + what + "s", in.remaining());
    @Nullable String previous = null;
    for (int i = 0; i < n; i++) {
      int at = in.position();
      String text = in.text("the key of " + what + " " + (i + 1));
      if (previous != null && text.compareTo(previous) <= 0) {
        throw in.invalid("the key of " + what + " " + (i + 1), "after '" + previous + "' (keys are written in order, once each)", text);
      }
      K key;
      try {
        key = codec.decode(text);
      } catch (RuntimeException e) {
        throw in.invalid("the key of " + what + " " + (i + 1), "a key the key codec reads (it threw: " + e.getMessage() + ")", text);
      }
      if (into.put(key, value.apply(in)) != null) {
        throw in.invalid(at, "the key of " + what + " " + (i + 1),
            "a key not read before (the codec reads two texts as one key)", text);
      }
      previous = text;
    }
  }

  /**
   * Writes a pair of counts {@code {whole, part}}, as {@link #readPart} reads it.
   *
   * @param pair the two counts
   * @param out the byte form being written
   */
  static void writePair(long[] pair, ByteForm.Writer out) {
    out.count(pair[0]).count(pair[1]);
  }

  /**
   * Reads a pair of counts written by {@link #writePair}: a whole, at least 1, then a part of it.
   *
   * @param in the byte form being read
   * @param whole the whole's name ({@code "a support"})
   * @param why why the whole is at least 1, for the message
   * @param part the part's name ({@code "a damaging count"})
   * @param wholeName the whole's name after "at most its" ({@code "support"})
   * @return {@code {whole, part}}
   * @throws io.github.mot.core.io.MalformedBytesException if the whole is 0 or the part exceeds it
   */
  static long[] readPart(ByteForm.Reader in, String whole, String why, String part, String wholeName) {
    long w = in.count(whole);
    if (w == 0) {
      throw in.invalid(whole, ">= 1 (" + why + ")", w);
    }
    long p = in.count(part);
    if (p > w) {
      throw in.invalid(part, "at most its " + wholeName + " " + w, p);
    }
    return new long[] {w, p};
  }

  /**
   * Reads a signed setting of the analysis and checks it against the analysis's own.
   *
   * @param in the byte form being read
   * @param field the setting's name ({@code "the damaging threshold"})
   * @param expected the analysis's value
   * @throws io.github.mot.core.io.MalformedBytesException if the value read differs
   */
  static void expectSigned(ByteForm.Reader in, String field, long expected) {
    long value = in.signed(field);
    if (value != expected) {
      throw in.invalid(field, "the analysis's " + expected, value);
    }
  }
}
