package fr.spsplus.testkit.internal;

import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.RandomFaults;
import fr.spsplus.testkit.fault.Route;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the fault of each call: the first script whose route covers the call gives its next fault
 * (scripts run in the order they were added, each fault used once); otherwise the first random
 * faults whose route covers the call draw one, from the generator of the call's operation (or,
 * drawn per request, from the request's identity and the number of calls that carried it).
 * Thread-safe; calls are numbered in the order the fake takes them.
 */
public final class FaultInjector {

  private record Script(Route route, Deque<Fault> faults) {}

  private record Random(
      RandomFaults faults, Map<String, SplittableRandom> generators, Map<String, Long> calls) {}

  private final List<Script> scripts = new ArrayList<>();
  private final List<Random> randoms = new ArrayList<>();

  /**
   * Adds a script: the next calls on the route get these faults, one per call, in order.
   *
   * @param route the route
   * @param faults the faults
   */
  public synchronized void script(Route route, List<Fault> faults) {
    scripts.add(new Script(route, new ArrayDeque<>(faults)));
  }

  /**
   * Adds random faults.
   *
   * @param faults the faults, their rates, their route and their seed
   */
  public synchronized void random(RandomFaults faults) {
    randoms.add(new Random(faults, new HashMap<>(), new HashMap<>()));
  }

  /** Removes every script and every random fault. */
  public synchronized void clear() {
    scripts.clear();
    randoms.clear();
  }

  /**
   * Returns the number of scripted faults not used yet.
   *
   * @return the number
   */
  public synchronized int scriptedLeft() {
    return scripts.stream().mapToInt(s -> s.faults().size()).sum();
  }

  /**
   * Chooses the fault of a call.
   *
   * @param operationId the call's operation id, or null when it matched none
   * @param method the method
   * @param path the decoded path, without the query
   * @param identity the request's identity, for random faults drawn per request
   * @return the fault, {@link Fault#none()} for none
   */
  public synchronized Fault next(
      @Nullable String operationId, String method, String path, Supplier<String> identity) {
    Iterator<Script> it = scripts.iterator();
    while (it.hasNext()) {
      Script script = it.next();
      if (script.route().matches(operationId, method, path)) {
        Fault fault = script.faults().poll();
        if (script.faults().isEmpty()) {
          it.remove();
        }
        if (fault != null) {
          return fault;
        }
      }
    }
    for (Random random : randoms) {
      if (random.faults().route().matches(operationId, method, path)) {
        String stream = operationId == null ? "" : operationId;
        if (random.faults().perRequest()) {
          String key = identity.get();
          long call = random.calls().merge(stream + "\n" + key, 1L, Long::sum);
          return random.faults().draw(stream, key, call);
        }
        SplittableRandom generator =
            random.generators().computeIfAbsent(stream, random.faults()::generator);
        return random.faults().draw(generator);
      }
    }
    return Fault.none();
  }
}
