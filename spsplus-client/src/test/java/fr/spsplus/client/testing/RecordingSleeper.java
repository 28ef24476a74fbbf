package fr.spsplus.client.testing;

import fr.spsplus.client.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that records each wait and returns at once: no test sleeps for real. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> waits = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
  }

  /** Returns the waits requested so far, in order. */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
