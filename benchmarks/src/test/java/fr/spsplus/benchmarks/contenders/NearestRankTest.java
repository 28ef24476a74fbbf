package fr.spsplus.benchmarks.contenders;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.indicators.call.CallAccumulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The three percentile definitions the gate compares agree on small samples, where definitions
 * usually part (n = 7, q = 0.9: nearest rank gives the 7th value, ⌊q(n − 1)⌋ the 6th): spsplus's
 * nearest rank, DuckDB's {@code quantile_disc} and the streams' {@link CallFigures#p90OfSorted}. On
 * the benchmark data the gate would catch a difference anyway; this pins the definition where it is
 * most fragile.
 */
class NearestRankTest {

  @Test
  void spsplusDuckDbAndTheStreamsAgreeForEverySmallSample() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = connection.createStatement()) {
      for (int n = 1; n <= 60; n++) {
        CallAccumulator calls = CallAccumulator.of();
        int[] sorted = new int[n];
        for (int v = 1; v <= n; v++) {
          calls.accept(CallOutcome.ANSWERED_AGENT, v);
          sorted[v - 1] = v;
        }
        long duck;
        try (ResultSet row =
            sql.executeQuery("SELECT quantile_disc(x, 0.9) FROM range(1, " + (n + 1) + ") t(x)")) {
          row.next();
          duck = row.getLong(1);
        }
        long spsplus = calls.answeredWaitPercentile(0.9).seconds();
        assertThat(duck).as("n = %d", n).isEqualTo(spsplus);
        assertThat(CallFigures.p90OfSorted(sorted, n)).as("n = %d", n).isEqualTo(spsplus);
      }
    }
  }
}
