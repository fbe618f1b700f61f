package io.github.mot.beam;

import io.github.mot.core.io.MalformedBytesException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * A Beam {@link org.apache.beam.sdk.coders.Coder} of an accumulator through the library's byte
 * form ({@code docs/byte-form.md}): it writes {@code toBytes()} with a length prefix (Beam's
 * {@link ByteArrayCoder}) and reads with {@code fromBytes(byte[])}, and adds no format of its own.
 * The byte form is canonical (equal tallies give equal bytes), so the coder is deterministic and
 * can code a key or be compared byte for byte.
 *
 * <p>Instances are immutable and thread-safe (the accumulators they code are not). Two coders
 * are equal when they have the same name: the factories of {@link MotCoders} give each kind of
 * accumulator (and each key codec) a name of its own.
 *
 * @param <A> the accumulator type
 * @since 0.4.0
 */
public final class ByteFormCoder<A> extends CustomCoder<A> {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final SerializableFunction<A, byte[]> write;
  private final SerializableFunction<byte[], A> read;

  private ByteFormCoder(
      String name, SerializableFunction<A, byte[]> write, SerializableFunction<byte[], A> read) {
    this.name = name;
    this.write = write;
    this.read = read;
  }

  /**
   * A coder of {@code A} through its byte form.
   *
   * @param <A> the accumulator type
   * @param name what it codes, for messages and equality, for example {@code "scorecard"}
   * @param write the accumulator's {@code toBytes()}
   * @param read its {@code fromBytes(byte[])}, which throws {@link MalformedBytesException} for a
   *     byte string it cannot read
   * @return the coder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static <A> ByteFormCoder<A> of(
      String name, SerializableFunction<A, byte[]> write, SerializableFunction<byte[], A> read) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank but was '" + name + "'");
    }
    return new ByteFormCoder<>(name, Objects.requireNonNull(write, "write"), Objects.requireNonNull(read, "read"));
  }

  /**
   * What the coder codes.
   *
   * @return the name given to {@link #of}
   */
  public String name() {
    return name;
  }

  /**
   * The accumulator's byte form: {@code toBytes()}.
   *
   * @param value the accumulator
   * @return its bytes
   * @throws NullPointerException if {@code value} is null
   */
  public byte[] toBytes(A value) {
    return write.apply(Objects.requireNonNull(value, "value"));
  }

  /**
   * The accumulator a byte form holds: {@code fromBytes(bytes)}.
   *
   * @param bytes the byte form
   * @return a new accumulator
   * @throws MalformedBytesException if the bytes are not a byte form of this accumulator
   */
  public A fromBytes(byte[] bytes) {
    return read.apply(Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * Writes the byte form with its length in front.
   *
   * @throws CoderException if {@code value} is null
   * @throws IOException if the stream cannot be written
   */
  @Override
  public void encode(A value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null " + name + " accumulator");
    }
    ByteArrayCoder.of().encode(write.apply(value), out);
  }

  /**
   * Reads a byte form written by {@link #encode}.
   *
   * @throws CoderException if the bytes are not a byte form of this accumulator (the cause is
   *     the {@link MalformedBytesException} that says what is wrong)
   * @throws IOException if the stream cannot be read
   */
  @Override
  public A decode(InputStream in) throws IOException {
    byte[] bytes = ByteArrayCoder.of().decode(in);
    try {
      return read.apply(bytes);
    } catch (MalformedBytesException e) {
      throw new CoderException("not a " + name + " accumulator: " + e.getMessage(), e);
    }
  }

  /** Deterministic: the byte form is canonical. */
  @Override
  public void verifyDeterministic() {}

  /** Equal to a byte-form coder of the same name. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ByteFormCoder<?> other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** For example {@code "ByteFormCoder(scorecard)"}. */
  @Override
  public String toString() {
    return "ByteFormCoder(" + name + ")";
  }
}
