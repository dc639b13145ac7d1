package io.github.jiceng.governance.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.rules.project.ProjectClaim;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.project.ProjectEvent;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A project register's events ({@link ProjectEvent}) as a small union over the JSON module's codecs
 * of the model's values, with errors naming the JSON Pointer of the bad part. See {@link
 * StoreCodecs#projectEvents()}.
 */
enum ProjectEvents implements EventCodec<ProjectEvent> {
  INSTANCE;

  private static final ObjectMapper MAPPER = GovernanceJson.mapper();

  private static final String TYPES = "[proposed, put, taken, service-recorded, outcome-recorded, closed, withdrawn]";

  @Override
  public String encode(ProjectEvent event) {
    Objects.requireNonNull(event, "event");
    ObjectNode node = MAPPER.createObjectNode();
    if (event instanceof ProjectEvent.Proposed e) {
      node.put("type", "proposed");
      put(node, "project", e.value(), Project.class);
      ArrayNode demands = node.putArray("demands");
      for (Demand d : e.demands()) {
        demands.add(tree(d, Demand.class, "demands"));
      }
      put(node, "by", e.by(), ActorId.class);
      node.put("at", e.at().toString());
      return node.toString();
    }
    if (event instanceof ProjectEvent.Taken e) {
      ProjectClaim claim = e.claim();
      node.put("type", "taken");
      put(node, "project", claim.project(), ProjectId.class);
      put(node, "channel", claim.channel(), Channel.class);
      put(node, "claimant", claim.claimant(), OrganizationId.class);
      put(node, "resource", claim.resource(), ResourceId.class);
      put(node, "price", claim.price(), Money.class);
      put(node, "by", e.by(), ActorId.class);
      node.put("at", claim.at().toString());
      return node.toString();
    }
    put(node.put("type", typeOf(event)), "project", event.project(), ProjectId.class);
    if (event instanceof ProjectEvent.ServiceRecorded e) {
      put(node, "service", e.service(), ServiceRecord.class);
      return node.toString();
    }
    if (event instanceof ProjectEvent.OutcomeRecorded e) {
      put(node, "outcome", e.outcome(), Outcome.class);
      return node.toString();
    }
    if (event instanceof ProjectEvent.Put e) {
      put(node, "by", e.by(), ActorId.class);
      node.put("at", e.at().toString());
    } else if (event instanceof ProjectEvent.Closed e) {
      put(node, "by", e.by(), ActorId.class);
      node.put("at", e.at().toString());
    } else {
      ProjectEvent.Withdrawn e = (ProjectEvent.Withdrawn) event;
      put(node, "by", e.by(), ActorId.class);
      node.put("at", e.at().toString());
      node.put("reason", e.reason());
    }
    return node.toString();
  }

  private static String typeOf(ProjectEvent event) {
    if (event instanceof ProjectEvent.ServiceRecorded) {
      return "service-recorded";
    }
    if (event instanceof ProjectEvent.OutcomeRecorded) {
      return "outcome-recorded";
    }
    return event.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private static void put(ObjectNode node, String name, Object value, Class<?> type) {
    node.set(name, tree(value, type, name));
  }

  private static JsonNode tree(Object value, Class<?> type, String name) {
    return StrictJson.tree(MAPPER, value, type, name, "a project event");
  }

  @Override
  public ProjectEvent decode(String payload) {
    Objects.requireNonNull(payload, "payload");
    try {
      return read(MAPPER.readTree(payload));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("The payload is not a project event: " + e.getOriginalMessage(), e);
    }
  }

  private static ProjectEvent read(JsonNode node) throws GovernanceFormatException {
    if (node == null || !node.isObject()) {
      throw new GovernanceFormatException(null, "", "object", "a project event is a JSON object");
    }
    String type = text(node, "type");
    switch (type) {
      case "proposed":
        only(node, "type", "project", "demands", "by", "at");
        JsonNode array = required(node, "demands");
        if (!array.isArray()) {
          throw new GovernanceFormatException(null, "/demands", "array", "'demands' is an array");
        }
        List<Demand> demands = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
          demands.add(part(array.get(i), "demands/" + i, Demand.class));
        }
        Project project = part(required(node, "project"), "project", Project.class);
        try {
          return new ProjectEvent.Proposed(project, demands, value(node, "by", ActorId.class), at(node));
        } catch (DomainValidationException e) {
          throw new GovernanceFormatException(null, "/demands", "valid-demands",
              "the demands of a proposed event are the project's, in its order");
        }
      case "put":
        only(node, "type", "project", "by", "at");
        return new ProjectEvent.Put(id(node), value(node, "by", ActorId.class), at(node));
      case "taken":
        only(node, "type", "project", "channel", "claimant", "resource", "price", "by", "at");
        Money price = value(node, "price", Money.class);
        if (price.isNegative()) {
          throw new GovernanceFormatException(null, "/price", "valid-price", "a price is not negative");
        }
        return new ProjectEvent.Taken(new ProjectClaim(id(node), value(node, "channel", Channel.class),
            value(node, "claimant", OrganizationId.class), value(node, "resource", ResourceId.class), price, at(node)),
            value(node, "by", ActorId.class));
      case "service-recorded":
        only(node, "type", "project", "service");
        return new ProjectEvent.ServiceRecorded(id(node), value(node, "service", ServiceRecord.class));
      case "outcome-recorded":
        only(node, "type", "project", "outcome");
        return new ProjectEvent.OutcomeRecorded(id(node), value(node, "outcome", Outcome.class));
      case "closed":
        only(node, "type", "project", "by", "at");
        return new ProjectEvent.Closed(id(node), value(node, "by", ActorId.class), at(node));
      case "withdrawn":
        only(node, "type", "project", "by", "at", "reason");
        return new ProjectEvent.Withdrawn(id(node), value(node, "by", ActorId.class), at(node), text(node, "reason"));
      default:
        throw new GovernanceFormatException(null, "/type", "known-type", "a project event's type is one of " + TYPES);
    }
  }

  private static ProjectId id(JsonNode node) throws GovernanceFormatException {
    return value(node, "project", ProjectId.class);
  }

  private static Instant at(JsonNode node) throws GovernanceFormatException {
    String text = text(node, "at");
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new GovernanceFormatException(null, "/at", "date-time", "'at' is an ISO-8601 instant in UTC");
    }
  }

  private static <T> T value(JsonNode node, String name, Class<T> type) throws GovernanceFormatException {
    return part(required(node, name), name, type);
  }

  /** Reads one part with the JSON module's codec of its type, the error's pointer moved under it. */
  private static <T> T part(JsonNode value, String path, Class<T> type) throws GovernanceFormatException {
    return StrictJson.part(MAPPER, value, path, type, "a project event");
  }

  private static JsonNode required(JsonNode node, String name) throws GovernanceFormatException {
    return StrictJson.required(node, name);
  }

  private static String text(JsonNode node, String name) throws GovernanceFormatException {
    return StrictJson.text(node, name);
  }

  private static void only(JsonNode node, String... names) throws GovernanceFormatException {
    StrictJson.only(node, "a project event", names);
  }
}
