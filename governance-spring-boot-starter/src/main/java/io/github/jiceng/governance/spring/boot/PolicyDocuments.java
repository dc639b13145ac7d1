package io.github.jiceng.governance.spring.boot;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.ValidationMessages;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;

/**
 * Reads a policy written in {@code application.yml} in the SDK's own JSON shape, with the SDK's
 * strict codecs: the same document a scenario file holds under {@code pointsPolicy}, say, written
 * as YAML under {@code governance.points.policy}. One mechanism for every policy.
 *
 * <p>The same document may instead be given as JSON text in the property itself, which suits an
 * environment variable ({@code GOVERNANCE_FUND='{"id": ...}'}) or a {@code .properties} file.
 *
 * <p>A policy is read whole from the highest-precedence property source that defines anything
 * under its property, so that a profile's file replaces a policy rather than mixing two. YAML
 * keeps the types of values (numbers, booleans, text); in a {@code .properties} file or an
 * environment variable every value is text, so write policies in YAML. An empty list or map
 * ({@code []}, {@code {}}) is left out, as Boot's YAML loader keeps no trace of its kind.
 *
 * <p>A document the SDK refuses stops the application with an {@link GovernanceConfigurationException}
 * naming the property at fault (the JSON Pointer of the SDK's error, turned back into the
 * property's name), where it was written, and the rule it breaks.
 */
final class PolicyDocuments {

  private static final ObjectMapper MAPPER = GovernanceJson.mapper();

  private final Environment environment;
  private final ValidationMessages messages;

  PolicyDocuments(Environment environment, Language language) {
    this.environment = environment;
    this.messages = ValidationMessages.of(language).including(GovernanceFormatException.class);
  }

  /**
   * Reads the document under {@code property}, if the configuration has one.
   *
   * @param property the property, such as {@code governance.points.policy}
   * @param type the model type
   * @param <T> the model type
   * @return the value, or empty when nothing is configured under the property
   * @throws GovernanceConfigurationException if the SDK refuses the document
   */
  <T> Optional<T> read(String property, Class<T> type) {
    ConfigurationPropertyName prefix = ConfigurationPropertyName.of(property);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      ConfigurationProperty text = source.getConfigurationProperty(prefix);
      if (text != null && text.getValue() != null && !text.getValue().toString().isBlank()) {
        Map<String, Origin> origins = new TreeMap<>();
        if (text.getOrigin() != null) {
          origins.put(property, text.getOrigin());
        }
        return Optional.of(decode(property, parse(property, text.getValue().toString(), origins), type, origins));
      }
      if (!(source instanceof IterableConfigurationPropertySource iterable)) {
        continue;
      }
      List<ConfigurationPropertyName> names = iterable.filter(prefix::isAncestorOf).stream().toList();
      if (names.isEmpty()) {
        continue;
      }
      Map<String, Origin> origins = new TreeMap<>();
      JsonNode document = tree(source, prefix, names, origins, property);
      return Optional.of(decode(property, document, type, origins));
    }
    return Optional.empty();
  }

  /**
   * Returns whether the configuration has a document under {@code property}, as YAML below it or
   * as JSON text in it.
   */
  static boolean defines(Environment environment, String property) {
    ConfigurationPropertyName prefix = ConfigurationPropertyName.of(property);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (source.getConfigurationProperty(prefix) != null) {
        return true;
      }
      if (source instanceof IterableConfigurationPropertySource iterable && iterable.filter(prefix::isAncestorOf).stream()
          .findAny().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode parse(String property, String text, Map<String, Origin> origins) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new GovernanceConfigurationException(property, originOf(property, origins), "json.syntax",
          "the value is neither a YAML document nor JSON text", null);
    }
  }

  private <T> T decode(String property, JsonNode document, Class<T> type, Map<String, Origin> origins) {
    try {
      return MAPPER.treeToValue(document, type);
    } catch (GovernanceFormatException e) {
      String at = property + propertyPath(e.pointer());
      throw new GovernanceConfigurationException(at, originOf(at, origins), e.rule(), e.message(messages.language()), e);
    } catch (DomainValidationException e) {
      String rule = e.violations().isEmpty() ? "policy.invalid" : e.violations().get(0).rule();
      throw new GovernanceConfigurationException(property, originOf(property, origins), rule, messages.render(e), e);
    } catch (JsonMappingException e) {
      throw new GovernanceConfigurationException(property, originOf(property, origins), "json.invalid",
          Excerpts.of(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new GovernanceConfigurationException(property, originOf(property, origins), "json.invalid", Excerpts.of(e.getMessage()), e);
    }
  }

  /** Turns a JSON Pointer such as {@code /grades/0/from} into {@code .grades[0].from}. */
  static String propertyPath(String pointer) {
    if (pointer.isEmpty() || pointer.equals("/")) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String segment = token.replace("~1", "/").replace("~0", "~");
      if (!segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
        path.append('[').append(segment).append(']');
      } else {
        path.append('.').append(segment);
      }
    }
    return path.toString();
  }

  private static String originOf(String property, Map<String, Origin> origins) {
    Origin exact = origins.get(property);
    if (exact != null) {
      return exact.toString();
    }
    // The nearest property written below the one at fault (an object has no line of its own).
    for (Map.Entry<String, Origin> entry : origins.entrySet()) {
      if (entry.getKey().startsWith(property + ".") || entry.getKey().startsWith(property + "[")) {
        return entry.getValue().toString();
      }
    }
    return "";
  }

  private static JsonNode tree(ConfigurationPropertySource source, ConfigurationPropertyName prefix,
      List<ConfigurationPropertyName> names, Map<String, Origin> origins, String property) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    // Build a map-of-maps first: a node is an array when all its keys are numeric indexes.
    TreeBuilder root = new TreeBuilder();
    for (ConfigurationPropertyName name : names) {
      ConfigurationProperty configured = source.getConfigurationProperty(name);
      if (configured == null || "".equals(configured.getValue())) {
        // Boot's YAML loader gives an empty list or map ([] or {}) as empty text: leave it out,
        // as the SDK's formats read an absent collection as empty.
        continue;
      }
      TreeBuilder at = root;
      StringBuilder path = new StringBuilder(property);
      for (int i = prefix.getNumberOfElements(); i < name.getNumberOfElements(); i++) {
        boolean index = name.isNumericIndex(i);
        String element = name.getElement(i, Form.ORIGINAL);
        path.append(index ? "[" + element + "]" : "." + element);
        at = at.child(element, index);
      }
      at.value = configured.getValue();
      if (configured.getOrigin() != null) {
        origins.put(path.toString(), configured.getOrigin());
      }
    }
    return root.toNode(nodes);
  }

  /** A node of the document under construction. */
  private static final class TreeBuilder {
    private final Map<String, TreeBuilder> children = new java.util.LinkedHashMap<>();
    private boolean indexed = true;
    private Object value;

    TreeBuilder child(String element, boolean index) {
      indexed &= index;
      return children.computeIfAbsent(element, e -> new TreeBuilder());
    }

    JsonNode toNode(JsonNodeFactory nodes) {
      if (children.isEmpty()) {
        return scalar(nodes, value);
      }
      if (indexed) {
        Map<Integer, TreeBuilder> ordered = new TreeMap<>();
        children.forEach((k, v) -> ordered.put(Integer.valueOf(k), v));
        ArrayNode array = nodes.arrayNode();
        for (TreeBuilder item : ordered.values()) {
          array.add(item.toNode(nodes));
        }
        return array;
      }
      ObjectNode object = nodes.objectNode();
      children.forEach((k, v) -> object.set(k, v.toNode(nodes)));
      return object;
    }

    private static JsonNode scalar(JsonNodeFactory nodes, Object value) {
      if (value == null) {
        return nodes.nullNode();
      }
      if (value instanceof Boolean b) {
        return nodes.booleanNode(b);
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
        return nodes.numberNode(((Number) value).longValue());
      }
      if (value instanceof BigInteger big) {
        return nodes.numberNode(big);
      }
      if (value instanceof Double || value instanceof Float) {
        return nodes.numberNode(new BigDecimal(value.toString()));
      }
      if (value instanceof BigDecimal decimal) {
        return nodes.numberNode(decimal);
      }
      return nodes.textNode(value.toString());
    }
  }
}
