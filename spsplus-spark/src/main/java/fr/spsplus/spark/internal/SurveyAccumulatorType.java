package fr.spsplus.spark.internal;

import fr.spsplus.indicators.survey.SurveyAccumulator;
import fr.spsplus.spark.SurveyStates;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.UserDefinedType;

/**
 * The Spark type of a {@link SurveyAccumulator} aggregation buffer: BINARY, in the format of {@link
 * SurveyStates}. Spark creates it by reflection (public no-argument constructor).
 */
public final class SurveyAccumulatorType extends UserDefinedType<SurveyAccumulator> {

  private static final long serialVersionUID = 1L;

  /** Creates the type (used by Spark). */
  public SurveyAccumulatorType() {}

  @Override
  public DataType sqlType() {
    return DataTypes.BinaryType;
  }

  @Override
  public Object serialize(SurveyAccumulator state) {
    return SurveyStates.toBytes(state);
  }

  @Override
  public SurveyAccumulator deserialize(Object datum) {
    return SurveyStates.fromBytes((byte[]) datum);
  }

  @Override
  public Class<SurveyAccumulator> userClass() {
    return SurveyAccumulator.class;
  }
}
