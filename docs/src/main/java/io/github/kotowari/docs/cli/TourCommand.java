package io.github.kotowari.docs.cli;

import io.github.kotowari.docs.tour.Tour;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kotowari tour}: the runnable example of the README, printing real decisions. */
@Command(name = "tour", description = "Print a short tour of Kotowari's decisions (the README's example).")
final class TourCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(Tour.text());
    return 0;
  }
}
