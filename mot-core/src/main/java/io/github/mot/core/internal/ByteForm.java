package io.github.mot.core.internal;

import io.github.mot.core.io.MalformedBytesException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * The versioned byte form of the library's mergeable accumulators (docs/byte-form.md): the ASCII
 * magic {@code MOT}, one byte naming the {@link Kind}, one byte of format {@link #VERSION}, the
 * state, and the CRC-32C of all the bytes before it, big-endian. The state is a sequence of
 * fields: whole numbers as unsigned LEB128 varints (signed ones zig-zag encoded first, as in
 * Protocol Buffers), reals as the 8 big-endian bytes of {@link Double#doubleToLongBits}, text as
 * a varint byte length and UTF-8.
 *
 * <p>The {@link Reader} checks the header and the checksum before it reads a field, reads every
 * field with its name for the message, rejects an overlong varint, invalid UTF-8 and bytes left
 * over, and throws {@link MalformedBytesException} whose message starts with what was read
 * ("scorecard accumulator bytes: ..."). Not API.
 */
public final class ByteForm {

  /** The format version this library writes and the newest it reads. */
  public static final int VERSION = 1;

  private static final byte[] MAGIC = {'M', 'O', 'T'};
  private static final int HEADER = MAGIC.length + 2;
  private static final int CHECKSUM = 4;

  private ByteForm() {}

  /**
   * What a byte string holds; the id is its byte after the magic, never reused. The description
   * in messages is the lower-case name: {@code "first impression accumulator"}, {@code "funnel
   * tally"}.
   */
  public enum Kind {
    /** {@code ScorecardAccumulator}. */
    SCORECARD(1),
    /** {@code GroupedScorecardAccumulator}. */
    GROUPED_SCORECARD(2),
    /** {@code FirstImpressionAccumulator}. */
    FIRST_IMPRESSION(3),
    /** {@code AuditAccumulator}. */
    AUDIT(4),
    /** {@code AuditOverviewAccumulator}. */
    AUDIT_OVERVIEW(5),
    /** {@code FunnelTally}. */
    FUNNEL_TALLY(6),
    /** {@code PrecursorTally}. */
    PRECURSOR_TALLY(7),
    /** {@code GapTally} of mot-servqual. */
    GAP_TALLY(8),
    /** {@code RecoveryTally}. */
    RECOVERY_TALLY(9),
    /** {@code ConformanceTally}. */
    CONFORMANCE_TALLY(10),
    /** {@code DirectlyFollowsTally}. */
    DIRECTLY_FOLLOWS_TALLY(11),
    /**
     * {@code EncounterFunnel}: settings, not a tally (how episodes are cut and the funnel's steps),
     * so that an engine ships them to its workers.
     */
    ENCOUNTER_FUNNEL(12),
    /** {@code EncounterJourneys}: settings, not a tally (how episodes are cut, every journey analysis). */
    ENCOUNTER_JOURNEYS(13),
    /** {@code JourneyTallies}: the tallies of every journey analysis, each in its own byte form. */
    JOURNEY_TALLIES(14),
    /** {@code SurveyGaps} of mot-servqual: settings, not a tally (the gap analysis and its instrument). */
    SURVEY_GAPS(15);

    private final int id;

    Kind(int id) {
      this.id = id;
    }

    /** What it is, for messages: {@code "scorecard accumulator"}. */
    public String description() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + (id <= AUDIT_OVERVIEW.id ? " accumulator" : ""); // the later kinds are tallies and settings
    }

    /** The description with its article: {@code "an audit accumulator"}. */
    String withArticle() {
      String d = description();
      return ("aeiou".indexOf(d.charAt(0)) >= 0 ? "an " : "a ") + d;
    }

    static String describe(int id) {
      for (Kind k : values()) {
        if (k.id == id) {
          return k.withArticle();
        }
      }
      return "an unknown kind " + id;
    }
  }

  /**
   * The byte form of one accumulator.
   *
   * @param kind what it holds
   * @param state writes the state's fields
   * @return the bytes, checksum included
   */
  public static byte[] write(Kind kind, Consumer<Writer> state) {
    Writer out = new Writer(kind);
    state.accept(out);
    return out.finish();
  }

  /**
   * Reads the byte form of one accumulator: the header and checksum, the state, and nothing after
   * it.
   *
   * @param <T> the accumulator type
   * @param bytes the byte string; not kept
   * @param kind what it must hold
   * @param state reads the state's fields
   * @return what {@code state} read
   * @throws MalformedBytesException if the bytes are not the byte form of {@code kind}
   * @throws NullPointerException if {@code bytes} is null
   */
  public static <T> T read(byte[] bytes, Kind kind, Function<Reader, T> state) {
    Reader in = new Reader(bytes, kind);
    T value = state.apply(in);
    in.end();
    return value;
  }

  /** Writes one byte string: the header at creation, fields, then {@link #finish()}. */
  public static final class Writer {
    private byte[] buf = new byte[64];
    private int size;

    /**
     * Starts the byte form of one accumulator.
     *
     * @param kind what it holds
     */
    public Writer(Kind kind) {
      for (byte b : MAGIC) {
        put(b);
      }
      put((byte) kind.id);
      put((byte) VERSION);
    }

    private void put(byte b) {
      if (size == buf.length) {
        buf = Arrays.copyOf(buf, size * 2);
      }
      buf[size++] = b;
    }

    /**
     * A whole number {@code >= 0}, as an unsigned varint (1 byte below 128).
     *
     * @param v the number, not negative
     * @return this writer
     */
    public Writer count(long v) {
      if (v < 0) {
        throw new IllegalStateException("a count is never negative: " + v);
      }
      return varint(v);
    }

    /**
     * Any whole number, zig-zag encoded then as a varint (1 byte in [-64, 63]).
     *
     * @param v the number
     * @return this writer
     */
    public Writer signed(long v) {
      return varint((v << 1) ^ (v >> 63));
    }

    private Writer varint(long v) {
      long rest = v;
      while ((rest & ~0x7FL) != 0) {
        put((byte) ((rest & 0x7F) | 0x80));
        rest >>>= 7;
      }
      put((byte) rest);
      return this;
    }

    /**
     * A real number, its 8 IEEE 754 bytes, big-endian (infinities kept, exact).
     *
     * @param v the number
     * @return this writer
     */
    public Writer real(double v) {
      long bits = Double.doubleToLongBits(v);
      for (int shift = 56; shift >= 0; shift -= 8) {
        put((byte) (bits >>> shift));
      }
      return this;
    }

    /**
     * A text: its UTF-8 byte length as a varint, then the bytes.
     *
     * @param s the text
     * @return this writer
     */
    public Writer text(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      count(utf8.length);
      for (byte b : utf8) {
        put(b);
      }
      return this;
    }

    /**
     * A byte string (another byte form, kept whole): its length as a varint, then the bytes.
     *
     * @param b the bytes
     * @return this writer
     */
    public Writer bytes(byte[] b) {
      count(b.length);
      for (byte x : b) {
        put(x);
      }
      return this;
    }

    /**
     * Ends the byte form with its checksum.
     *
     * @return the bytes, a new array
     */
    public byte[] finish() {
      CRC32C crc = new CRC32C();
      crc.update(buf, 0, size);
      int c = (int) crc.getValue();
      byte[] out = Arrays.copyOf(buf, size + CHECKSUM);
      out[size] = (byte) (c >>> 24);
      out[size + 1] = (byte) (c >>> 16);
      out[size + 2] = (byte) (c >>> 8);
      out[size + 3] = (byte) c;
      return out;
    }
  }

  /** Reads one byte string written by a {@link Writer} of the same kind, field by field. */
  public static final class Reader {
    private final byte[] bytes;
    private final Kind kind;
    private final int end;
    private int pos;
    private int fieldStart;

    /**
     * Checks the header and the checksum.
     *
     * @param bytes the byte string
     * @param kind what it must hold
     * @throws MalformedBytesException if it is too short, not a MOT byte form, of another kind or
     *     a newer version, or its checksum does not match
     * @throws NullPointerException if {@code bytes} is null
     */
    public Reader(byte[] bytes, Kind kind) {
      this.bytes = bytes.clone();
      this.kind = kind;
      if (this.bytes.length < HEADER + CHECKSUM) {
        throw malformed("they must be at least " + (HEADER + CHECKSUM) + " bytes long but were "
            + bytes.length + (bytes.length == 1 ? " byte" : " bytes"));
      }
      if (this.bytes[0] != MAGIC[0] || this.bytes[1] != MAGIC[1] || this.bytes[2] != MAGIC[2]) {
        throw malformed("they must start with 'MOT' (4D 4F 54) but started with " + hex(0, 3)
            + ": not the byte form of a MOT accumulator");
      }
      int id = this.bytes[3] & 0xFF;
      int version = this.bytes[4] & 0xFF;
      if (id != kind.id) {
        throw malformed("they hold " + Kind.describe(id) + ", not " + kind.withArticle());
      }
      if (version > VERSION || version == 0) {
        throw malformed("their format version is " + version + " but this library reads version 1"
            + (version > VERSION ? "; read them with the library version that wrote them or a newer one" : ""));
      }
      end = this.bytes.length - CHECKSUM;
      CRC32C crc = new CRC32C();
      crc.update(this.bytes, 0, end);
      int computed = (int) crc.getValue();
      int stored = ((this.bytes[end] & 0xFF) << 24) | ((this.bytes[end + 1] & 0xFF) << 16)
          | ((this.bytes[end + 2] & 0xFF) << 8) | (this.bytes[end + 3] & 0xFF);
      if (stored != computed) {
        throw malformed(String.format(Locale.ROOT,
            "the checksum does not match (stored 0x%08x, computed 0x%08x): the bytes were changed or cut",
            stored, computed));
      }
      pos = HEADER;
    }

    private String hex(int from, int to) {
      StringBuilder s = new StringBuilder();
      for (int i = from; i < to; i++) {
        s.append(i > from ? " " : "").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
      }
      return s.toString();
    }

    /**
     * The exception for these bytes: "{@code <kind> bytes: <what>}".
     *
     * @param what what is wrong
     * @return the exception, to throw
     */
    public MalformedBytesException malformed(String what) {
      return new MalformedBytesException(kind.description() + " bytes: " + what);
    }

    /**
     * The exception for a field read whose value no accumulator can hold.
     *
     * @param field the field's name
     * @param allowed what is allowed, for example {@code ">= 0"}
     * @param value the value read
     * @return the exception, to throw
     */
    public MalformedBytesException invalid(String field, String allowed, Object value) {
      return invalid(fieldStart, field, allowed, value);
    }

    /**
     * The exception for a value read from several fields, starting at {@code at}.
     *
     * @param at where the value's first field starts ({@link #position()} before reading it)
     * @param field the value's name
     * @param allowed what is allowed
     * @param value the value read
     * @return the exception, to throw
     */
    public MalformedBytesException invalid(int at, String field, String allowed, Object value) {
      return malformed(field + " at byte " + at + " must be " + allowed + " but was "
          + (value instanceof String ? "'" + Quoted.of((String) value) + "'" : value));
    }

    /**
     * Checks a range read as two reals: {@code [+Infinity, -Infinity]} when nothing was counted,
     * else within {@code [lo, hi]} and in order.
     *
     * @param what the range, for the message ({@code "the index range"})
     * @param min the lowest value read
     * @param max the highest value read
     * @param n how many values the range is of
     * @param units what the values are of, for the message ({@code "contacts"})
     * @param lo the least allowed value
     * @param hi the greatest allowed value
     * @throws MalformedBytesException if the range does not fit
     */
    public void range(String what, double min, double max, long n, String units, double lo, double hi) {
      boolean fits = n == 0
          ? min == Double.POSITIVE_INFINITY && max == Double.NEGATIVE_INFINITY
          : lo <= min && min <= max && max <= hi;
      if (!fits) {
        throw malformed(what + " [" + min + ", " + max + "] does not fit " + n + " " + units + ": it must be in ["
            + lo + ", " + hi + "], or [Infinity, -Infinity] with none");
      }
    }

    /**
     * Where the next field starts.
     *
     * @return the offset in the byte string
     */
    public int position() {
      return pos;
    }

    private long varint(String field) {
      fieldStart = pos;
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw malformed("they end inside " + field + " at byte " + fieldStart);
        }
        byte b = bytes[pos++];
        if (shift == 63 && (b & 0xFE) != 0) {
          break;
        }
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          if (b == 0 && shift > 0) {
            break; // an overlong form: a trailing zero group
          }
          return v;
        }
      }
      throw malformed(field + " at byte " + fieldStart + " is not a valid varint");
    }

    /**
     * A whole number written by {@link Writer#count}.
     *
     * @param field its name, for the message
     * @return the number, {@code >= 0}
     * @throws MalformedBytesException if the bytes end, the varint is invalid or the number is
     *     negative
     */
    public long count(String field) {
      long v = varint(field);
      if (v < 0) {
        throw malformed(field + " at byte " + fieldStart + " must be >= 0 but was " + Long.toUnsignedString(v));
      }
      return v;
    }

    /**
     * A count that sizes something: at most {@code max}.
     *
     * @param field its name
     * @param max the largest allowed
     * @return the count
     * @throws MalformedBytesException if it is not a count in [0, max]
     */
    public int size(String field, int max) {
      long v = count(field);
      if (v > max) {
        throw invalid(field, "at most " + max, v);
      }
      return (int) v;
    }

    /**
     * A whole number written by {@link Writer#signed}.
     *
     * @param field its name
     * @return the number
     * @throws MalformedBytesException if the bytes end or the varint is invalid
     */
    public long signed(String field) {
      long v = varint(field);
      return (v >>> 1) ^ -(v & 1);
    }

    /**
     * A real number written by {@link Writer#real}; NaN is refused (the library never writes one).
     *
     * @param field its name
     * @return the number, possibly infinite
     * @throws MalformedBytesException if the bytes end or hold NaN
     */
    public double real(String field) {
      fieldStart = pos;
      if (end - pos < Long.BYTES) {
        throw malformed("they end inside " + field + " at byte " + fieldStart);
      }
      long bits = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        bits = (bits << 8) | (bytes[pos++] & 0xFF);
      }
      double v = Double.longBitsToDouble(bits);
      if (Double.isNaN(v)) {
        throw invalid(field, "a number", v);
      }
      return v;
    }

    /**
     * A text written by {@link Writer#text}.
     *
     * @param field its name
     * @return the text
     * @throws MalformedBytesException if the bytes end or are not valid UTF-8
     */
    public String text(String field) {
      int start = pos;
      long n = count(field + " length");
      if (n > end - pos) {
        throw malformed(field + " at byte " + start + " is " + n + " bytes long but only " + (end - pos)
            + " bytes are left");
      }
      try {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, pos, (int) n));
        pos += (int) n;
        return chars.toString();
      } catch (CharacterCodingException e) {
        fieldStart = start;
        throw malformed(field + " at byte " + start + " is not valid UTF-8");
      }
    }

    /**
     * A byte string written by {@link Writer#bytes}.
     *
     * @param field its name
     * @return a new array
     * @throws MalformedBytesException if the bytes end inside it
     */
    public byte[] bytes(String field) {
      int start = pos;
      long n = count(field + " length");
      if (n > end - pos) {
        throw malformed(field + " at byte " + start + " is " + n + " bytes long but only " + (end - pos)
            + " bytes are left");
      }
      byte[] b = Arrays.copyOfRange(bytes, pos, pos + (int) n);
      pos += (int) n;
      return b;
    }

    /**
     * The number of state bytes not read yet: a bound on how many fields can follow.
     *
     * @return {@code >= 0}
     */
    public int remaining() {
      return end - pos;
    }

    /**
     * Checks that every byte of the state was read.
     *
     * @throws MalformedBytesException if bytes are left before the checksum
     */
    public void end() {
      if (pos != end) {
        throw malformed((end - pos) + " bytes are left after the state, at byte " + pos);
      }
    }
  }
}
