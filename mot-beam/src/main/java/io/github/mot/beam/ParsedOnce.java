package io.github.mot.beam;

import java.io.Serializable;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * Settings that travel in their byte form and are read at most once per instance where they are
 * used (a coder, a {@code DoFn}: Java serialization gives each worker its own instance): a coder
 * decodes many tallies, and a function tallies many customers or files, against the same settings,
 * and reading them (a journey map, an instrument) costs more than a small tally. Thread-safe: the settings are immutable, so two
 * threads that read them at once each get an equal copy, and the one kept is published through a
 * volatile field.
 *
 * @param <S> the settings
 */
final class ParsedOnce<S> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final byte[] bytes;
  private final SerializableFunction<byte[], S> read;
  private transient volatile @Nullable S parsed;

  /**
   * @param bytes the settings' byte form; copied
   * @param read reads them
   */
  ParsedOnce(byte[] bytes, SerializableFunction<byte[], S> read) {
    this.bytes = bytes.clone();
    this.read = read;
  }

  /** The settings, read on the first call. */
  S get() {
    S s = parsed;
    if (s == null) {
      s = read.apply(bytes);
      parsed = s;
    }
    return s;
  }
}
