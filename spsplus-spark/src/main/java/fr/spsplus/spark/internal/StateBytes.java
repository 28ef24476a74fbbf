package fr.spsplus.spark.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.spark.CallStates;
import java.util.Arrays;
import java.util.Objects;

/**
 * The primitives of the spsplus state format: a four-byte header and unsigned LEB128
 * variable-length integers (7 bits per byte, least significant group first, high bit set on every
 * byte but the last; 1 byte below 128, at most 9 bytes for a non-negative {@code long}).
 *
 * <p>Header: the two magic bytes {@code 0x53 0x50} ("SP"), the kind of state (one byte, for example
 * {@code 'C'} for calls) and the format version (one byte). Decoding errors are {@link
 * InvalidInputException}s that name the byte offset and the rule, never the bytes themselves.
 */
public final class StateBytes {

  /** The first magic byte, {@code 'S'}. */
  public static final byte MAGIC_0 = 0x53;

  /** The second magic byte, {@code 'P'}. */
  public static final byte MAGIC_1 = 0x50;

  static final MessageBundle MESSAGES = MessageBundle.of(CallStates.class, "messages");

  private StateBytes() {}

  /**
   * Builds the error of a malformed state.
   *
   * @param key the message key in {@code fr/spsplus/spark/messages.properties}
   * @param arguments the arguments (offsets and bounds, never the bytes)
   * @return the exception, to throw
   */
  public static InvalidInputException invalid(String key, Object... arguments) {
    return new InvalidInputException(MESSAGES.message(key, arguments));
  }

  /** A growable byte buffer that writes the header, bytes and unsigned varints. Not thread-safe. */
  public static final class Writer {
    private byte[] bytes;
    private int size;

    /**
     * Starts a state with its header.
     *
     * @param kind the kind of state
     * @param version the format version
     * @param capacity the initial capacity, in bytes
     */
    public Writer(byte kind, int version, int capacity) {
      this.bytes = new byte[Math.max(capacity, 8)];
      writeByte(MAGIC_0);
      writeByte(MAGIC_1);
      writeByte(kind);
      writeByte(version);
    }

    /**
     * Appends one byte.
     *
     * @param value the byte, 0 to 255 (higher bits are dropped)
     * @return this writer
     */
    public Writer writeByte(int value) {
      ensure(1);
      bytes[size++] = (byte) value;
      return this;
    }

    /**
     * Appends an unsigned varint.
     *
     * @param value a non-negative value
     * @return this writer
     * @throws IllegalArgumentException if the value is negative (a programming error: counters are
     *     never negative)
     */
    public Writer writeVarLong(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("negative varint");
      }
      ensure(10);
      long rest = value;
      while ((rest & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
        rest >>>= 7;
      }
      bytes[size++] = (byte) rest;
      return this;
    }

    /**
     * Appends a double as its 8 IEEE 754 bytes, most significant first.
     *
     * @param value the value
     * @return this writer
     */
    public Writer writeDouble(double value) {
      ensure(8);
      long bits = Double.doubleToRawLongBits(value);
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (bits >>> shift);
      }
      return this;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    /**
     * Returns the bytes written.
     *
     * @return a new array of exactly the size written
     */
    public byte[] toByteArray() {
      return Arrays.copyOf(bytes, size);
    }
  }

  /** Reads a state written by {@link Writer}, checking every step. Not thread-safe. */
  public static final class Reader {
    private final byte[] bytes;
    private int offset;

    /**
     * Reads and checks the header.
     *
     * @param bytes the state
     * @param kind the expected kind
     * @param kindName the name of the expected kind, for messages (for example {@code calls})
     * @param version the only version this reader understands
     * @throws InvalidInputException if the bytes are not an spsplus state of that kind and version
     */
    public Reader(byte[] bytes, byte kind, String kindName, int version) {
      this.bytes = Objects.requireNonNull(bytes, "bytes");
      if (bytes.length < 4 || bytes[0] != MAGIC_0 || bytes[1] != MAGIC_1) {
        throw new InvalidInputException(MESSAGES.message("state.magic"));
      }
      if (bytes[2] != kind) {
        throw new InvalidInputException(MESSAGES.message("state.kind", kindName));
      }
      int found = bytes[3] & 0xFF;
      if (found != version) {
        throw new InvalidInputException(MESSAGES.message("state.version", found, version));
      }
      offset = 4;
    }

    /**
     * Reads one unsigned byte.
     *
     * @return 0 to 255
     * @throws InvalidInputException if the state ends here
     */
    public int readByte() {
      if (offset >= bytes.length) {
        throw new InvalidInputException(MESSAGES.message("state.truncated", offset));
      }
      return bytes[offset++] & 0xFF;
    }

    /**
     * Reads an unsigned varint.
     *
     * @return the value, not negative
     * @throws InvalidInputException if the state ends inside it, or it is longer than 9 bytes (it
     *     would exceed {@link Long#MAX_VALUE})
     */
    public long readVarLong() {
      int start = offset;
      long value = 0;
      for (int shift = 0; shift < 63; shift += 7) {
        int b = readByte();
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      // Nine bytes carry 63 bits: a tenth byte could only hold bit 63, the sign of a long.
      throw new InvalidInputException(MESSAGES.message("state.varint", start));
    }

    /**
     * Reads a double written by {@link Writer#writeDouble(double)}.
     *
     * @return the value
     * @throws InvalidInputException if the state ends inside it
     */
    public double readDouble() {
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | readByte();
      }
      return Double.longBitsToDouble(bits);
    }

    /**
     * Reads an unsigned varint that must fit in an {@code int} range.
     *
     * @param max the largest accepted value
     * @return the value, 0 to {@code max}
     * @throws InvalidInputException if the value exceeds {@code max}
     */
    public int readVarInt(int max) {
      int start = offset;
      long value = readVarLong();
      if (value > max) {
        throw new InvalidInputException(MESSAGES.message("state.range", start, max));
      }
      return (int) value;
    }

    /**
     * Checks that every byte was read.
     *
     * @throws InvalidInputException if bytes remain
     */
    public void requireEnd() {
      if (offset != bytes.length) {
        throw new InvalidInputException(
            MESSAGES.message("state.trailing", bytes.length - offset, offset));
      }
    }

    /**
     * Returns the offset of the next byte, for messages.
     *
     * @return the offset
     */
    public int offset() {
      return offset;
    }
  }
}
