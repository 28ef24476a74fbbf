package fr.spsplus.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the test suite ({@code local[2]}, no UI), created on first use and
 * shared by every test class of the JVM: starting Spark takes seconds, and each class only
 * registers its functions and sets the SQL options it needs. Spark stops it at JVM exit.
 */
final class LocalSpark {

  private LocalSpark() {}

  static synchronized SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("spsplus-spark tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
