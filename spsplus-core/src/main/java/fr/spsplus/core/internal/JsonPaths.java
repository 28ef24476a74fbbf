package fr.spsplus.core.internal;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Renders Jackson's reference path as a JSON path such as {@code $.engagements[2].score}. */
final class JsonPaths {

  private JsonPaths() {}

  static String of(List<Reference> path) {
    StringBuilder out = new StringBuilder("$");
    for (Reference reference : path) {
      if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        out.append('.').append(reference.getFieldName());
      }
    }
    return out.toString();
  }
}
