package io.github.kotowari.docs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kotowari version}: the tool's version and the Java runtime it runs on. */
@Command(name = "version", description = "Print the Kotowari version.")
final class VersionCommand implements Callable<Integer> {

  static final String VERSION = "0.1.0-SNAPSHOT";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("kotowari " + VERSION + " (Java " + Runtime.version() + ")");
    return 0;
  }

  /** Supplies {@code --version}. */
  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kotowari " + VERSION};
    }
  }
}
