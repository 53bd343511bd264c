package io.github.kotowari.docs.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        IdentifyCommand.class,
    })
public final class KotowariCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the tool. */
  public static void main(String[] args) {
    // UTF-8 whatever the platform encoding: under a C/POSIX locale the JVM's default would turn
    // Japanese output into question marks.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
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
    return run(args, System.in, out, err);
  }

  /**
   * Runs the tool with the given standard input (read by {@code identify -}) and output streams;
   * used by tests.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine cli = new CommandLine(new KotowariCli(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        return cls == IdentifyCommand.class ? cls.cast(new IdentifyCommand(in)) : defaults.create(cls);
      }
    });
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
