package io.github.jiceng.governance.model.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A deliberate breach for the architecture tests: a "model" class using Jackson and SLF4J. */
public final class ModelUsingFrameworks {
  private static final Logger log = LoggerFactory.getLogger(ModelUsingFrameworks.class);

  public String write(Object value) throws Exception {
    log.debug("writing");
    return new ObjectMapper().writeValueAsString(value);
  }
}
