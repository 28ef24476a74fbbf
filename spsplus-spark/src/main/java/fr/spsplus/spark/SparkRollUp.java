package fr.spsplus.spark;

import static org.apache.spark.sql.functions.col;

import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Roll-ups along the structure tree on Spark, by merging encoded call states ({@link CallStates}):
 * the same rules as {@link fr.spsplus.indicators.rollup.RollUp}, which rolls states up in one JVM,
 * for states that are too many to collect.
 *
 * <ul>
 *   <li>the <strong>subtree</strong> of a structure is the merge of its own state and of the states
 *       of every structure below it: each call counts once at each level, rates are never averaged;
 *   <li>the <strong>national</strong> aggregate merges the subtrees of the network heads ({@link
 *       StructureDirectory#roots()}): structures under an orphan (a parent missing from the
 *       directory) and structures the directory does not know are left out, as in {@code
 *       RollUp.national()};
 *   <li>a structure absent from the directory belongs to no subtree.
 * </ul>
 *
 * <p>The directory (about 15,000 structures) becomes a small membership table, joined with the
 * states; the merges run on the executors. Stateless.
 */
public final class SparkRollUp {

  /**
   * The columns of {@link #membership}: {@code structure}, {@code subtree}, {@code network_head}.
   */
  public static final StructType MEMBERSHIP =
      new StructType()
          .add("structure", DataTypes.StringType, false)
          .add("subtree", DataTypes.StringType, false)
          .add("network_head", DataTypes.BooleanType, false);

  private SparkRollUp() {}

  /**
   * Returns the membership table of a directory: one row {@code (structure, subtree, network_head)}
   * for every structure and every subtree it belongs to (itself and each of its ancestors); {@code
   * network_head} tells whether {@code subtree} is a network head.
   *
   * @param spark the session
   * @param directory the structures and their hierarchy
   * @return the table, of {@link #MEMBERSHIP}
   */
  public static Dataset<Row> membership(SparkSession spark, StructureDirectory directory) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(directory, "directory");
    List<Row> rows = new ArrayList<>();
    for (Structure structure : directory.structures()) {
      String code = structure.code().value();
      rows.add(RowFactory.create(code, code, structure.parent() == null));
      for (Structure ancestor : directory.ancestors(structure.code())) {
        rows.add(RowFactory.create(code, ancestor.code().value(), ancestor.parent() == null));
      }
    }
    return spark.createDataFrame(rows, MEMBERSHIP);
  }

  /**
   * Merges states into the subtree of every structure with states at or below it.
   *
   * @param states the states: a STRING column {@code structure}, a BINARY column {@code state} and
   *     the key columns
   * @param membership the {@link #membership} table of the directory
   * @param keys the other grouping columns, for example {@code month}
   * @return columns {@code structure} (the top of the subtree), the keys, {@code state} (merged)
   */
  public static Dataset<Row> subtrees(
      Dataset<Row> states, Dataset<Row> membership, String... keys) {
    Dataset<Row> joined =
        states.join(membership, states.col("structure").equalTo(membership.col("structure")));
    List<Column> groups = new ArrayList<>();
    groups.add(membership.col("subtree").as("structure"));
    for (String key : keys) {
      groups.add(states.col(key));
    }
    return joined
        .groupBy(groups.toArray(new Column[0]))
        .agg(merge(states.col("state")).as("state"));
  }

  /**
   * Merges the states of every structure under a network head: the national aggregate.
   *
   * @param states the states: columns {@code structure}, {@code state} and the keys
   * @param membership the {@link #membership} table of the directory
   * @param keys the grouping columns, for example {@code month}
   * @return columns: the keys, {@code state} (merged)
   */
  public static Dataset<Row> national(
      Dataset<Row> states, Dataset<Row> membership, String... keys) {
    Dataset<Row> heads = membership.where(col("network_head"));
    Dataset<Row> joined =
        states.join(heads, states.col("structure").equalTo(heads.col("structure")));
    List<Column> groups = new ArrayList<>();
    for (String key : keys) {
      groups.add(states.col(key));
    }
    return joined
        .groupBy(groups.toArray(new Column[0]))
        .agg(merge(states.col("state")).as("state"));
  }

  private static Column merge(Column states) {
    // The policy only serves for a group without states, which a join never produces.
    return SpsplusFunctions.of(CallPolicy.defaults(), Estimation.defaults())
        .mergeCallStates(states);
  }
}
