package io.github.kotowari.docs.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The bounded line reader against a model written here: split the bytes at line feeds, drop one
 * trailing carriage return, then "too long" above the bound, "not UTF-8" when the JDK's strict
 * decoder refuses, the text otherwise. Inputs mix short binary pieces with runs around the bound,
 * and are delivered in chunks of any size.
 */
class IdentifyLineReaderTest {

  static final int MAX = IdentifyLineReader.MAX_LINE_BYTES;

  /** What the reader should say about one line's bytes. */
  static IdentifyLineReader.Line expected(long number, byte[] segment) {
    int end = segment.length > 0 && segment[segment.length - 1] == '\r' ? segment.length - 1 : segment.length;
    if (end > MAX) {
      return new IdentifyLineReader.Line(number, null, IdentifyLineReader.Problem.TOO_LONG);
    }
    try {
      String text = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(segment, 0, end)).toString();
      return new IdentifyLineReader.Line(number, text, null);
    } catch (CharacterCodingException e) {
      return new IdentifyLineReader.Line(number, null, IdentifyLineReader.Problem.NOT_UTF8);
    }
  }

  static List<IdentifyLineReader.Line> model(byte[] input) {
    List<IdentifyLineReader.Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length ? i > start : input[i] == '\n') {
        lines.add(expected(lines.size() + 1, Arrays.copyOfRange(input, start, i)));
        start = i + 1;
      }
    }
    return lines;
  }

  static List<IdentifyLineReader.Line> read(InputStream in) throws IOException {
    IdentifyLineReader reader = new IdentifyLineReader(in);
    List<IdentifyLineReader.Line> lines = new ArrayList<>();
    for (IdentifyLineReader.Line l = reader.next(); l != null; l = reader.next()) {
      lines.add(l);
    }
    assertNull(reader.next(), "stays at the end");
    return lines;
  }

  /** Hands out at most {@code chunk} bytes per read, as a pipe may. */
  static InputStream chunked(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> shortPiece = Arbitraries.of((byte) 'a', (byte) '1', (byte) '\n', (byte) '\r',
        (byte) 0x00, (byte) 0xC3, (byte) 0xA9, (byte) 0xE3, (byte) 0x81, (byte) 0x82, (byte) 0xFF)
        .array(byte[].class).ofMaxSize(12);
    Arbitrary<byte[]> nearBound = Arbitraries.integers().between(MAX - 3, MAX + 3).map(n -> {
      byte[] run = new byte[n];
      Arrays.fill(run, (byte) '7');
      return run;
    });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, shortPiece), net.jqwik.api.Tuple.of(1, nearBound))
        .list().ofMaxSize(12).map(pieces -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          pieces.forEach(out::writeBytes);
          return out.toByteArray();
        });
  }

  @Property(tries = 300)
  void readsWhatTheModelSays(@ForAll("inputs") byte[] input, @ForAll @IntRange(min = 1, max = 70000) int chunk)
      throws IOException {
    assertEquals(model(input), read(chunked(input, chunk)));
  }

  @Test
  void boundsAndTerminators() throws IOException {
    byte[] atBound = "7".repeat(MAX).getBytes(UTF_8);
    List<IdentifyLineReader.@Nullable Problem> kinds = new ArrayList<>();
    for (String suffix : List.of("\r\n", "\n", "\r", "7", "7\r\n")) {
      ByteArrayOutputStream in = new ByteArrayOutputStream();
      in.writeBytes(atBound);
      in.writeBytes(suffix.getBytes(UTF_8));
      List<IdentifyLineReader.Line> lines = read(new ByteArrayInputStream(in.toByteArray()));
      assertEquals(1, lines.size(), suffix);
      kinds.add(lines.get(0).problem());
    }
    assertEquals(Arrays.asList(null, null, null, IdentifyLineReader.Problem.TOO_LONG,
        IdentifyLineReader.Problem.TOO_LONG), kinds);
    assertEquals(List.of(), read(new ByteArrayInputStream(new byte[0])));
    assertEquals(List.of(new IdentifyLineReader.Line(1, "", null)), read(new ByteArrayInputStream(new byte[] {'\n'})));
  }
}
