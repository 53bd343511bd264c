package io.github.kotowari.docs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kotowari} command-line tool: answers support questions without writing Java.
 *
 * <p>Exit codes: 0 success (or "allowed"), 1 a negative answer ("not allowed", "invalid"), 2 bad
 * arguments. Errors are one line on standard error, never a stack trace.
 */
@Command(name = "kotowari", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
    description = "Kotowari (理): Japanese e-commerce rules — konbini payment, tracking numbers, holidays.",
    subcommands = {
        VersionCommand.class,
        TourCommand.class,
        HolidaysCommand.class,
        BusinessDaysCommand.class,
        KonbiniCommand.class,
    })
public final class KotowariCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the tool. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the tool with the given output streams and returns the exit code; used by tests.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new KotowariCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, ignored) -> {
      ex.getCommandLine().getErr().println("kotowari: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'kotowari --help'.");
      return 2;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("kotowari: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
      return 2;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
