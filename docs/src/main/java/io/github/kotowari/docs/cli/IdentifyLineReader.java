package io.github.kotowari.docs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads standard input line by line in bounded memory, for {@code kotowari identify -}.
 *
 * <p>{@code BufferedReader.readLine} would buffer a line of any length; this reader keeps at most
 * {@link #MAX_LINE_BYTES} bytes of the current line. A longer line is reported as {@link
 * Problem#TOO_LONG} and the rest of it is skipped without being kept. Lines end at {@code \n}; a
 * {@code \r} at its end is dropped; the last line needs no terminator. Each line is decoded as strict
 * UTF-8: malformed or truncated sequences give {@link Problem#NOT_UTF8} instead of replacement
 * characters, so a binary file cannot be mistaken for numbers. Memory use is one 64 KiB read buffer,
 * one line buffer and one character buffer, whatever the input.
 */
final class IdentifyLineReader {

  /** The longest line kept, in bytes of UTF-8 (the line terminator excluded): 4,096. */
  static final int MAX_LINE_BYTES = 4096;

  private static final int READ_BUFFER_BYTES = 1 << 16;

  /** Why a line was not decoded. */
  enum Problem {
    /** The line has more than {@link #MAX_LINE_BYTES} bytes. */
    TOO_LONG,
    /** The line is not well-formed UTF-8 (binary data, another encoding). */
    NOT_UTF8
  }

  /**
   * One line: its 1-based number and either its text or the problem.
   *
   * @param number the 1-based line number
   * @param text the decoded line without its terminator, or null if there is a problem
   * @param problem the problem, or null
   */
  record Line(long number, @Nullable String text, @Nullable Problem problem) {}

  private final InputStream in;
  private final byte[] buffer = new byte[READ_BUFFER_BYTES];
  /** One byte more than the bound, for a {@code \r} before the line feed. */
  private final byte[] line = new byte[MAX_LINE_BYTES + 1];
  private final CharBuffer chars = CharBuffer.allocate(MAX_LINE_BYTES);
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int position;
  private int limit;
  private long number;
  private boolean eof;

  IdentifyLineReader(InputStream in) {
    this.in = in;
  }

  /**
   * Returns the next line, or null at the end of the input.
   *
   * @return the line, or null
   * @throws IOException if reading fails
   */
  @Nullable Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && (eof || !fill())) {
        return any ? finish(length, tooLong) : null;
      }
      any = true;
      byte b = buffer[position++];
      if (b == '\n') {
        return finish(length, tooLong);
      }
      if (length == line.length) {
        tooLong = true; // the rest of the line is read and dropped
      } else {
        line[length++] = b;
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      eof = true;
      position = 0;
      limit = 0;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private Line finish(int length, boolean tooLong) {
    number++;
    if (tooLong) {
      return new Line(number, null, Problem.TOO_LONG);
    }
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    if (end > MAX_LINE_BYTES) {
      return new Line(number, null, Problem.TOO_LONG);
    }
    decoder.reset();
    chars.clear();
    try {
      ByteBuffer bytes = ByteBuffer.wrap(line, 0, end);
      if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
        return new Line(number, null, Problem.NOT_UTF8);
      }
    } catch (IllegalStateException e) {
      return new Line(number, null, Problem.NOT_UTF8);
    }
    chars.flip();
    return new Line(number, chars.toString(), null);
  }
}
