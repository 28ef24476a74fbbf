package fr.spsplus.spark;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.survey.SurveyAccumulator;
import fr.spsplus.spark.internal.StateBytes;
import java.util.Objects;

/**
 * The compact binary form of a {@link SurveyAccumulator} (answers on one scale, bound to no
 * question): the bytes of the Spark aggregation buffers of the survey functions.
 *
 * <h2>Format, version {@value #FORMAT_VERSION}</h2>
 *
 * <ol>
 *   <li>Header: magic {@code 0x53 0x50} ("SP"), kind {@code 0x53} ('S', survey), version {@code
 *       0x01}.
 *   <li>The scale, one byte: {@code 0} FOUR_POINT, {@code 1} FIVE_POINT, {@code 2} NPS_0_10, {@code
 *       3} CES_1_7, {@code 4} JDMA_3, {@code 5} YES_NO.
 *   <li>One byte: {@code 0} when every weight sum equals its count (unweighted answers), {@code 1}
 *       otherwise.
 *   <li>For each point of the scale in index order ({@code NSP} last): the number of answers
 *       (unsigned LEB128 varint); when weighted, then the sum of the weights and the sum of their
 *       squares (8 bytes each, IEEE 754, most significant byte first).
 * </ol>
 *
 * <p>An unweighted state takes about one byte per point and count below 128 (11 bytes for an empty
 * four-point state); weight sums are stored exactly, so decoding is lossless. Decoding checks the
 * header, every number and the consistency of each point ({@link SurveyAccumulator#fromSums}).
 * Stateless and thread-safe.
 */
public final class SurveyStates {

  /** The version of the format written by {@link #toBytes(SurveyAccumulator)}: 1. */
  public static final int FORMAT_VERSION = 1;

  static final byte KIND = 'S';

  private SurveyStates() {}

  /**
   * Encodes a state.
   *
   * @param state the answers, not changed (the question it may be bound to is not encoded)
   * @return the bytes, in format version {@value #FORMAT_VERSION}
   */
  public static byte[] toBytes(SurveyAccumulator state) {
    Objects.requireNonNull(state, "state");
    SurveyScale scale = state.scale();
    long[] counts = state.histogram();
    boolean weighted = false;
    for (int i = 0; i < counts.length; i++) {
      weighted |= state.sumOfWeights(i) != counts[i] || state.sumOfSquaredWeights(i) != counts[i];
    }
    StateBytes.Writer out = new StateBytes.Writer(KIND, FORMAT_VERSION, 16 + 17 * counts.length);
    out.writeByte(scaleCode(scale)).writeByte(weighted ? 1 : 0);
    for (int i = 0; i < counts.length; i++) {
      out.writeVarLong(counts[i]);
      if (weighted) {
        out.writeDouble(state.sumOfWeights(i)).writeDouble(state.sumOfSquaredWeights(i));
      }
    }
    return out.toByteArray();
  }

  /**
   * Decodes a state written by {@link #toBytes(SurveyAccumulator)}.
   *
   * @param bytes the bytes; not kept
   * @return a new accumulator on the encoded scale, bound to no question
   * @throws InvalidInputException if the bytes are not a survey state of a known version, are
   *     truncated or followed by extra bytes, or a point is inconsistent
   */
  public static SurveyAccumulator fromBytes(byte[] bytes) {
    StateBytes.Reader in = new StateBytes.Reader(bytes, KIND, "survey", FORMAT_VERSION);
    int at = in.offset();
    SurveyScale scale =
        switch (in.readByte()) {
          case 0 -> SurveyScale.FOUR_POINT;
          case 1 -> SurveyScale.FIVE_POINT;
          case 2 -> SurveyScale.NPS_0_10;
          case 3 -> SurveyScale.CES_1_7;
          case 4 -> SurveyScale.JDMA_3;
          case 5 -> SurveyScale.YES_NO;
          default -> throw StateBytes.invalid("state.code", at);
        };
    at = in.offset();
    int flag = in.readByte();
    if (flag > 1) {
      throw StateBytes.invalid("state.code", at);
    }
    int size = scale.size();
    long[] counts = new long[size];
    double[] weights = new double[size];
    double[] squares = new double[size];
    for (int i = 0; i < size; i++) {
      counts[i] = in.readVarLong();
      if (flag == 1) {
        weights[i] = in.readDouble();
        squares[i] = in.readDouble();
      } else {
        weights[i] = counts[i];
        squares[i] = counts[i];
      }
    }
    in.requireEnd();
    return SurveyAccumulator.fromSums(scale, counts, weights, squares);
  }

  private static int scaleCode(SurveyScale scale) {
    return switch (scale) {
      case FOUR_POINT -> 0;
      case FIVE_POINT -> 1;
      case NPS_0_10 -> 2;
      case CES_1_7 -> 3;
      case JDMA_3 -> 4;
      case YES_NO -> 5;
    };
  }
}
