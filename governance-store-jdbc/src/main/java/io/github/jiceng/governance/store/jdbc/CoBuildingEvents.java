package io.github.jiceng.governance.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A co-building agreement's events ({@link CoBuildingEvent}) as a small union over the JSON
 * module's codecs of the model's values, with errors naming the JSON Pointer of the bad part. The
 * JSON module has no format of the agreement itself, so its parts are written here one by one,
 * each with the module's codec of its type. See {@link StoreCodecs#coBuildingEvents()}.
 */
enum CoBuildingEvents implements EventCodec<CoBuildingEvent> {
  INSTANCE;

  private static final ObjectMapper MAPPER = GovernanceJson.mapper();

  private static final String WHAT = "a co-building event";

  private static final String TYPES = "[reported, reviewed, fed-back]";

  private static final String LEVELS = Arrays.toString(Fulfilment.Level.values());

  @Override
  public String encode(CoBuildingEvent event) {
    Objects.requireNonNull(event, "event");
    ObjectNode node = MAPPER.createObjectNode();
    if (event instanceof CoBuildingEvent.Reported e) {
      node.put("type", "reported");
      node.set("agreement", agreement(e.agreement()));
    } else if (event instanceof CoBuildingEvent.Reviewed e) {
      node.put("type", "reviewed");
      put(node, "meeting", e.meeting(), MeetingId.class);
      node.set("fulfilment", fulfilment(e.fulfilment()));
    } else {
      CoBuildingEvent.FedBack e = (CoBuildingEvent.FedBack) event;
      node.put("type", "fed-back");
      node.put("agreement", e.agreement().value());
      put(node, "meeting", e.meeting(), MeetingId.class);
      node.put("level", e.level().name());
      node.put("at", e.at().toString());
    }
    return node.toString();
  }

  private static ObjectNode agreement(CoBuildingAgreement a) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", a.id().value());
    put(node, "community", a.community(), GridId.class);
    put(node, "reporter", a.reporter(), ActorId.class);
    node.put("reportedAt", a.reportedAt().toString());
    put(node, "period", a.period(), Interval.class);
    ArrayNode resources = node.putArray("resources");
    a.resources().forEach(r -> resources.add(tree(r, ResourceId.class, "resources")));
    node.put("serviceHours", a.serviceHours().toString());
    ArrayNode posts = node.putArray("posts");
    a.posts().forEach(p -> posts.add(tree(p, PostId.class, "posts")));
    ArrayNode integrations = node.putArray("integrations");
    a.integrations().stream().sorted().forEach(i -> integrations.add(tree(i, Integration.class, "integrations")));
    return node;
  }

  private static ObjectNode fulfilment(Fulfilment f) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("agreement", f.agreement().value());
    node.put("at", f.at().toString());
    node.put("owed", f.owed().toString());
    node.put("delivered", f.delivered().toString());
    node.put("services", f.services());
    node.put("peopleReached", f.peopleReached());
    node.put("resourcesCommitted", f.resourcesCommitted());
    node.put("resourcesUsed", f.resourcesUsed());
    node.put("postsClaimed", f.postsClaimed());
    node.put("postsHeld", f.postsHeld());
    node.put("level", f.level().name());
    return node;
  }

  private static void put(ObjectNode node, String name, Object value, Class<?> type) {
    node.set(name, tree(value, type, name));
  }

  private static JsonNode tree(Object value, Class<?> type, String name) {
    return StrictJson.tree(MAPPER, value, type, name, "a co-building event");
  }

  @Override
  public CoBuildingEvent decode(String payload) {
    Objects.requireNonNull(payload, "payload");
    try {
      return read(MAPPER.readTree(payload));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("The payload is not a co-building event: " + e.getOriginalMessage(), e);
    }
  }

  private static CoBuildingEvent read(JsonNode node) throws GovernanceFormatException {
    if (node == null || !node.isObject()) {
      throw new GovernanceFormatException(null, "", "object", "a co-building event is a JSON object");
    }
    String type = StrictJson.text(node, "type");
    switch (type) {
      case "reported":
        StrictJson.only(node, WHAT, "type", "agreement");
        return new CoBuildingEvent.Reported(readAgreement(object(node, "agreement", "")));
      case "reviewed":
        StrictJson.only(node, WHAT, "type", "meeting", "fulfilment");
        MeetingId meeting = value(node, "meeting", MeetingId.class, "");
        return new CoBuildingEvent.Reviewed(meeting, readFulfilment(object(node, "fulfilment", "")));
      case "fed-back":
        StrictJson.only(node, WHAT, "type", "agreement", "meeting", "level", "at");
        return new CoBuildingEvent.FedBack(agreementId(node, "agreement", ""), value(node, "meeting", MeetingId.class, ""),
            level(node, ""), instant(node, "at", ""));
      default:
        throw new GovernanceFormatException(null, "/type", "known-type", "a co-building event's type is one of " + TYPES);
    }
  }

  private static CoBuildingAgreement readAgreement(JsonNode node) throws GovernanceFormatException {
    String at = "/agreement";
    only(node, at, "id", "community", "reporter", "reportedAt", "period", "resources", "serviceHours", "posts",
        "integrations");
    CoBuildingAgreement.Builder b = CoBuildingAgreement.builder();
    b.id(agreementId(node, "id", at)).community(value(node, "community", GridId.class, at))
        .reporter(value(node, "reporter", ActorId.class, at)).reportedAt(instant(node, "reportedAt", at))
        .period(value(node, "period", Interval.class, at)).serviceHours(duration(node, "serviceHours", at));
    JsonNode resources = array(node, "resources", at);
    for (int i = 0; i < resources.size(); i++) {
      b.addResources(part(resources.get(i), "agreement/resources/" + i, ResourceId.class));
    }
    JsonNode posts = array(node, "posts", at);
    for (int i = 0; i < posts.size(); i++) {
      b.addPosts(part(posts.get(i), "agreement/posts/" + i, PostId.class));
    }
    JsonNode integrations = array(node, "integrations", at);
    Integration previous = null;
    for (int i = 0; i < integrations.size(); i++) {
      Integration integration = part(integrations.get(i), "agreement/integrations/" + i, Integration.class);
      if (previous != null && previous.compareTo(integration) >= 0) {
        throw new GovernanceFormatException(null, at + "/integrations/" + i, "sorted-unique",
            "the integrations of an agreement are listed once each, in key order");
      }
      b.addIntegrations(integration);
      previous = integration;
    }
    try {
      return b.build();
    } catch (DomainValidationException e) {
      throw refused(at, e, "the agreement");
    }
  }

  private static Fulfilment readFulfilment(JsonNode node) throws GovernanceFormatException {
    String at = "/fulfilment";
    only(node, at, "agreement", "at", "owed", "delivered", "services", "peopleReached", "resourcesCommitted",
        "resourcesUsed", "postsClaimed", "postsHeld", "level");
    AgreementId agreement = agreementId(node, "agreement", at);
    Instant instant = instant(node, "at", at);
    Duration owed = duration(node, "owed", at);
    Duration delivered = duration(node, "delivered", at);
    int services = (int) integer(node, "services", at, Integer.MAX_VALUE);
    long reached = integer(node, "peopleReached", at, Long.MAX_VALUE);
    int committed = (int) integer(node, "resourcesCommitted", at, Integer.MAX_VALUE);
    int used = (int) integer(node, "resourcesUsed", at, Integer.MAX_VALUE);
    int claimed = (int) integer(node, "postsClaimed", at, Integer.MAX_VALUE);
    int held = (int) integer(node, "postsHeld", at, Integer.MAX_VALUE);
    Fulfilment.Level level = level(node, at);
    try {
      return new Fulfilment(agreement, instant, owed, delivered, services, reached, committed, used, claimed, held,
          level);
    } catch (DomainValidationException e) {
      throw refused(at, e, "the fulfilment");
    }
  }

  private static GovernanceFormatException refused(String at, DomainValidationException e, String what) {
    List<Violation> violations = e.violations();
    Violation first = violations.get(0);
    return new GovernanceFormatException(null, at + "/" + first.field(), first.rule(),
        what + " of " + WHAT + " is not valid", violations, first.arguments());
  }

  private static AgreementId agreementId(JsonNode node, String name, String at) throws GovernanceFormatException {
    String text = text(node, name, at);
    try {
      return AgreementId.of(text);
    } catch (DomainValidationException e) {
      Violation first = e.violations().get(0);
      throw new GovernanceFormatException(null, at + "/" + name, first.rule(), "the " + name + " of " + WHAT
          + " is not an agreement id", e.violations(), first.arguments());
    }
  }

  private static Fulfilment.Level level(JsonNode node, String at) throws GovernanceFormatException {
    String text = text(node, "level", at);
    for (Fulfilment.Level level : Fulfilment.Level.values()) {
      if (level.name().equals(text)) {
        return level;
      }
    }
    throw new GovernanceFormatException(null, at + "/level", "enum", "'level' is one of " + LEVELS);
  }

  private static Instant instant(JsonNode node, String name, String at) throws GovernanceFormatException {
    String text = text(node, name, at);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new GovernanceFormatException(null, at + "/" + name, "date-time", "'" + name
          + "' is an ISO-8601 instant in UTC");
    }
  }

  private static Duration duration(JsonNode node, String name, String at) throws GovernanceFormatException {
    String text = text(node, name, at);
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new GovernanceFormatException(null, at + "/" + name, "duration", "'" + name
          + "' is an ISO-8601 duration, such as PT120H");
    }
  }

  private static long integer(JsonNode node, String name, String at, long max) throws GovernanceFormatException {
    JsonNode value = required(node, name, at);
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0 || value.longValue() > max) {
      throw new GovernanceFormatException(null, at + "/" + name, "integer", "'" + name
          + "' is a whole number from 0 to " + max);
    }
    return value.longValue();
  }

  private static JsonNode object(JsonNode node, String name, String at) throws GovernanceFormatException {
    JsonNode value = required(node, name, at);
    if (!value.isObject()) {
      throw new GovernanceFormatException(null, at + "/" + name, "object", "'" + name + "' is a JSON object");
    }
    return value;
  }

  private static JsonNode array(JsonNode node, String name, String at) throws GovernanceFormatException {
    JsonNode value = required(node, name, at);
    if (!value.isArray()) {
      throw new GovernanceFormatException(null, at + "/" + name, "array", "'" + name + "' is an array");
    }
    return value;
  }

  private static String text(JsonNode node, String name, String at) throws GovernanceFormatException {
    try {
      return StrictJson.text(node, name);
    } catch (GovernanceFormatException e) {
      throw under(at, e);
    }
  }

  private static JsonNode required(JsonNode node, String name, String at) throws GovernanceFormatException {
    try {
      return StrictJson.required(node, name);
    } catch (GovernanceFormatException e) {
      throw under(at, e);
    }
  }

  private static void only(JsonNode node, String at, String... names) throws GovernanceFormatException {
    for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (!Arrays.asList(names).contains(name)) {
        throw new GovernanceFormatException(null, at + "/" + name, "known-property",
            at.substring(1) + " of " + WHAT + " has no property '" + name + "'");
      }
    }
  }

  private static <T> T value(JsonNode node, String name, Class<T> type, String at) throws GovernanceFormatException {
    return part(required(node, name, at), (at.isEmpty() ? "" : at.substring(1) + "/") + name, type);
  }

  /** Reads one part with the JSON module's codec of its type, the error's pointer moved under it. */
  private static <T> T part(JsonNode value, String path, Class<T> type) throws GovernanceFormatException {
    return StrictJson.part(MAPPER, value, path, type, WHAT);
  }

  private static GovernanceFormatException under(String at, GovernanceFormatException e) {
    return at.isEmpty() ? e : new GovernanceFormatException(null, at + e.pointer(), e.rule(), "the "
        + at.substring(1) + " of " + WHAT + " is not valid", e.violations(), e.arguments());
  }
}
