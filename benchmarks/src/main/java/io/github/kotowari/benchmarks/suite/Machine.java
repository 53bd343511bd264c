package io.github.kotowari.benchmarks.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the page says about the machine a run was measured on. */
final class Machine {
  private Machine() {}

  /** The CPU model from {@code /proc/cpuinfo}, or the architecture when it cannot be read. */
  static String cpu() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8);
      for (String line : lines) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  /** The 1-minute load average from {@code /proc/loadavg}, or "unknown". */
  static String loadAverage() {
    try {
      String text = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip();
      return text.split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String os() {
    return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
  }

  static String jdk() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + ")";
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }
}
