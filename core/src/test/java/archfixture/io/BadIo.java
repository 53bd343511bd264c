package archfixture.io;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;

/** Deliberate violations of the no-I/O rule, one class each; used only by KotowariArchitectureTest. */
public final class BadIo {
  private BadIo() {}

  public static final class ReadsFile {
    boolean exists() { return new java.io.File("x").exists(); }
  }

  public static final class UsesPath {
    Object path() { return java.nio.file.Path.of("x"); }
  }

  public static final class OpensSocket {
    Object socket() { return new java.net.Socket(); }
  }

  public static final class ReadsSystemClock {
    long now() { return System.currentTimeMillis(); }
  }

  public static final class ReadsNanoTime {
    long now() { return System.nanoTime(); }
  }

  public static final class ReadsEnvironment {
    String home() { return System.getenv("HOME"); }
  }

  public static final class ReadsSystemProperty {
    String home() { return System.getProperty("user.home"); }
  }

  public static final class Prints {
    void print() { System.out.println("x"); }
  }

  public static final class ReadsInstantNow {
    Instant now() { return Instant.now(); }
  }

  public static final class ReadsLocalDateNow {
    LocalDate today() { return LocalDate.now(); }
  }

  public static final class UsesSystemClock {
    Clock clock() { return Clock.systemUTC(); }
  }

  public static final class UsesDefaultZone {
    ZoneId zone() { return ZoneId.systemDefault(); }
  }

  public static final class UsesDefaultTimeZone {
    Object zone() { return java.util.TimeZone.getDefault(); }
  }

  public static final class UsesDefaultLocale {
    Locale locale() { return Locale.getDefault(); }
  }

  public static final class LowerCasesWithDefaultLocale {
    String lower(String s) { return s.toLowerCase(); }
  }

  public static final class FormatsWithDefaultLocale {
    String format(int n) { return String.format("%,d", n); }
  }

  public static final class UsesRandom {
    int roll() { return new Random(1).nextInt(6); }
  }

  public static final class StartsThread {
    void start() { new Thread(() -> { }).start(); }
  }

  /** Everything here is allowed: a URI value, explicit locales, a passed-in clock. */
  public static final class Allowed {
    URI uri() { return URI.create("https://example.com/track?n=1"); }

    String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    String format(int n) { return String.format(Locale.ROOT, "%,d", n); }

    Instant now(Clock clock) { return Instant.now(clock); }
  }
}
