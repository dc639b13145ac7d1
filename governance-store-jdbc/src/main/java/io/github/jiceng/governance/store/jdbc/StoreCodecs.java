package io.github.jiceng.governance.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.Decline;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Masking;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;

/**
 * The payload codecs of the SDK's own rules (规则事件编解码), for {@link StoredRule#of}. Each writes
 * compact JSON with the governance JSON module's strict codecs of the model's values, so a stored
 * event reads like the SDK's files.
 */
public final class StoreCodecs {

  private StoreCodecs() {}

  /**
   * Returns the codec of a red-star points ledger's entries ({@code model.points.LedgerEntry}),
   * each written as in a points ledger file: {@code {"type":"award",...}}.
   *
   * @return the codec
   */
  public static EventCodec<io.github.jiceng.governance.model.points.LedgerEntry> pointsEntries() {
    return EventCodec.json(io.github.jiceng.governance.model.points.LedgerEntry.class);
  }

  /**
   * Returns the codec of a demand's lifecycle events ({@code model.service.DemandEvent}), the events
   * of {@code DemandRules}, each written as in a demand-event file:
   * {@code {"demand":"d-0001","transition":"SUBMIT","actor":"person:p-0042","at":"..."}}.
   *
   * @return the codec
   */
  public static EventCodec<DemandEvent> demandEvents() {
    return EventCodec.json(DemandEvent.class);
  }

  /**
   * Returns the codec of a co-building fund's events ({@link FundEvent}): the ledger's entries as
   * in a fund ledger file, the pledges (认领, promises that are not money) and the maker-checker
   * steps beside them.
   *
   * <pre>{@code
   * {"type":"booked","entry":{"type":"donation","id":"don-1",...}}
   * {"type":"pledged","pledge":{"id":"pledge-1","donor":"organization:unit-1","amount":"500000.00",...}}
   * {"type":"requested","request":{"id":"req-1",...}}
   * {"type":"approved","id":"req-1","approval":{"approver":"p-secretary","at":"..."}}
   * {"type":"declined","id":"req-1","decline":{"approver":"p-secretary","at":"...","reason":"..."}}
   * }</pre>
   *
   * @return the codec
   */
  public static EventCodec<FundEvent> fundEvents() {
    return FundEvents.INSTANCE;
  }

  /**
   * Returns the codec of a proposal's events ({@link ProposalEvent}), the events of {@code
   * ProposalRules}, one stream per proposal (ADR 0027): a small union over the JSON module's codecs
   * of the model's values, each event an object whose {@code "type"} names the step and whose other
   * properties are the event's parts, written as in a proposals file.
   *
   * <pre>{@code
   * {"type":"received","proposal":{"id":"ta-0012","title":"...","content":"...","grid":"b3",...}}
   * {"type":"accepted","proposal":"ta-0012","by":"p-clerk","at":"2023-03-01T02:00:00Z"}
   * {"type":"assigned","proposal":"ta-0012","assignee":"organization:unit-lighting","by":"p-clerk","at":"..."}
   * {"type":"started","proposal":"ta-0012","by":"organization:unit-lighting","at":"..."}
   * {"type":"answered","proposal":"ta-0012","answer":{"text":"...","by":"p-clerk","at":"..."}}
   * {"type":"rejected","proposal":"ta-0012","rejection":{"reason":"NOT_WITHIN_REMIT","explanation":"..."},"by":"p-clerk","at":"..."}
   * {"type":"rated","proposal":"ta-0012","rating":"DISSATISFIED","at":"...","reopened":true}
   * {"type":"closed","proposal":"ta-0012","at":"..."}
   * {"type":"escalated","proposal":"ta-0012","to":"xuejiawan","at":"..."}
   * {"type":"referred","proposal":"ta-0012","to":"xuejiawan","reason":"...","by":"p-clerk","at":"..."}
   * }</pre>
   *
   * <p>Strict: a payload that is not an object, lacks a property, has one the step does not define,
   * names an unknown step or holds a value the model refuses fails with an {@link
   * java.io.UncheckedIOException} whose cause is a {@link GovernanceFormatException} with the JSON
   * Pointer of the bad property (such as {@code /answer/at}) and the broken rule (such as {@code
   * required}). Events hold no mobile number: a proposal with a {@code contactMobile} is refused
   * when its {@code received} event is written, with a {@link DomainValidationException} (field
   * {@code contactMobile}, rule {@code no-personal-data-in-events}, the mobile masked), so the
   * command's transaction writes nothing. The submitter is named by person id, and the host keeps
   * the mobile in the {@link PersonRegister}. The content, in the resident's words, is stored as
   * given; error messages never quote it.
   *
   * @return the codec
   */
  public static EventCodec<ProposalEvent> proposalEvents() {
    return ProposalEvents.INSTANCE;
  }

  /**
   * Returns the codec of a project register's events ({@link
   * io.github.jiceng.governance.rules.project.ProjectEvent}), the events of {@code ProjectRules},
   * one stream per community: a small union over the JSON module's codecs of the model's values,
   * each event an object whose {@code "type"} names the step.
   *
   * <pre>{@code
   * {"type":"proposed","project":{"id":"pj-1",...},"demands":[{"id":"d-1",...}],"by":"person:p-1","at":"..."}
   * {"type":"put","project":"pj-1","by":"person:p-1","at":"..."}
   * {"type":"taken","project":"pj-1","channel":"CLAIM","claimant":"org-bank","resource":"r-bank",
   *  "price":{...},"by":"person:p-1","at":"..."}
   * {"type":"service-recorded","project":"pj-1","service":{"id":"s-1",...}}
   * {"type":"outcome-recorded","project":"pj-1","outcome":{"id":"o-1",...}}
   * {"type":"closed","project":"pj-1","by":"person:p-1","at":"..."}
   * {"type":"withdrawn","project":"pj-1","by":"person:p-1","at":"...","reason":"..."}
   * }</pre>
   *
   * <p>Strict, as {@link #proposalEvents()}: a payload that is not an object, lacks a part, has
   * one the step does not define, names an unknown step or holds a value the model refuses fails
   * with an {@link java.io.UncheckedIOException} whose cause is a {@link GovernanceFormatException}
   * with the JSON Pointer of the bad part (such as {@code /service/cost}) and the broken rule.
   * Events name people by id only; a withdrawal's reason is stored as given and never quoted in an
   * error.
   *
   * @return the codec
   */
  public static EventCodec<io.github.jiceng.governance.rules.project.ProjectEvent> projectEvents() {
    return ProjectEvents.INSTANCE;
  }

  /**
   * Returns the codec of a co-building agreement's events ({@link
   * io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent}), the events of {@code
   * CoBuildingRules}, one stream per agreement (共建协议): a small union whose {@code "type"} names
   * the step. The JSON module has no file format of an agreement, so the agreement's and the
   * fulfilment's parts are written here one by one, each with the module's codec of its type
   * (ids, the reporter as {@code person:} or {@code organization:}, the period as an interval);
   * durations are ISO-8601 ({@code PT120H}), the integrations in key order.
   *
   * <pre>{@code
   * {"type":"reported","agreement":{"id":"a-power","community":"zhanbei","reporter":"organization:power",
   *  "reportedAt":"...","period":{"start":"...","end":"..."},"resources":["r-repair"],"serviceHours":"PT120H",
   *  "posts":["post-safety"],"integrations":["CO_BUILDING","CO_SHARING"]}}
   * {"type":"reviewed","meeting":"jm-2023-q2","fulfilment":{"agreement":"a-power","at":"...","owed":"PT60H",
   *  "delivered":"PT12H","services":3,"peopleReached":40,"resourcesCommitted":1,"resourcesUsed":1,
   *  "postsClaimed":1,"postsHeld":1,"level":"PARTLY_MET"}}
   * {"type":"fed-back","agreement":"a-power","meeting":"jm-2023-q2","level":"PARTLY_MET","at":"..."}
   * }</pre>
   *
   * <p>Strict, as {@link #proposalEvents()}: a payload that is not an object, lacks a part, has one
   * the step does not define, names an unknown step, lists the integrations out of key order or
   * twice, or holds a value the model refuses (an agreement that commits nothing, a fulfilment
   * that uses more resources than it commits) fails with an {@link java.io.UncheckedIOException}
   * whose cause is a {@link GovernanceFormatException} with the JSON Pointer of the bad part (such
   * as {@code /agreement/period/end} or {@code /fulfilment/resourcesUsed}) and the broken rule.
   * Events name people by id only.
   *
   * @return the codec
   */
  public static EventCodec<io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent> coBuildingEvents() {
    return CoBuildingEvents.INSTANCE;
  }

  /** The fund's events as a small union over the model's codecs. */
  private enum FundEvents implements EventCodec<FundEvent> {
    INSTANCE;

    private static final ObjectMapper MAPPER = GovernanceJson.mapper();

    @Override
    public String encode(FundEvent event) {
      ObjectNode node = MAPPER.createObjectNode();
      if (event instanceof FundEvent.Booked booked) {
        node.put("type", "booked");
        node.set("entry", MAPPER.valueToTree(booked.entry()));
      } else if (event instanceof FundEvent.Pledged pledged) {
        node.put("type", "pledged");
        node.set("pledge", MAPPER.valueToTree(pledged.pledge()));
      } else if (event instanceof FundEvent.Requested requested) {
        node.put("type", "requested");
        node.set("request", MAPPER.valueToTree(requested.request()));
      } else if (event instanceof FundEvent.Approved approved) {
        node.put("type", "approved");
        node.set("id", MAPPER.valueToTree(approved.id()));
        node.set("approval", MAPPER.valueToTree(approved.approval()));
      } else {
        FundEvent.Declined declined = (FundEvent.Declined) event;
        node.put("type", "declined");
        node.set("id", MAPPER.valueToTree(declined.id()));
        node.set("decline", MAPPER.valueToTree(declined.decline()));
      }
      return node.toString();
    }

    @Override
    public FundEvent decode(String payload) {
      try {
        JsonNode node = MAPPER.readTree(payload);
        String type = text(node, "type");
        switch (type) {
          case "booked":
            only(node, Set.of("type", "entry"));
            return new FundEvent.Booked(MAPPER.treeToValue(field(node, "entry"), LedgerEntry.class));
          case "pledged":
            only(node, Set.of("type", "pledge"));
            return new FundEvent.Pledged(MAPPER.treeToValue(field(node, "pledge"), Pledge.class));
          case "requested":
            only(node, Set.of("type", "request"));
            return new FundEvent.Requested(MAPPER.treeToValue(field(node, "request"), DisbursementRequest.class));
          case "approved":
            only(node, Set.of("type", "id", "approval"));
            return new FundEvent.Approved(MAPPER.treeToValue(field(node, "id"), RequestId.class),
                MAPPER.treeToValue(field(node, "approval"), Approval.class));
          case "declined":
            only(node, Set.of("type", "id", "decline"));
            return new FundEvent.Declined(MAPPER.treeToValue(field(node, "id"), RequestId.class),
                MAPPER.treeToValue(field(node, "decline"), Decline.class));
          default:
            throw new IllegalArgumentException("The payload's type is not a fund event");
        }
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("The payload is not a fund event", e);
      }
    }

    private static JsonNode field(JsonNode node, String name) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        throw new IllegalArgumentException("A fund event lacks its " + name);
      }
      return value;
    }

    private static String text(JsonNode node, String name) {
      if (!node.isObject() || !field(node, name).isTextual()) {
        throw new IllegalArgumentException("A fund event is an object with a text " + name);
      }
      return node.get(name).textValue();
    }

    private static void only(JsonNode node, Set<String> names) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
        if (!names.contains(it.next())) {
          throw new IllegalArgumentException("A fund event has a property it does not define");
        }
      }
    }
  }

  /** A proposal's events as a small union over the model's codecs, with field-named errors. */
  private enum ProposalEvents implements EventCodec<ProposalEvent> {
    INSTANCE;

    private static final ObjectMapper MAPPER = GovernanceJson.mapper();

    @Override
    public String encode(ProposalEvent event) {
      java.util.Objects.requireNonNull(event, "event");
      ObjectNode node = MAPPER.createObjectNode();
      if (event instanceof ProposalEvent.Received e) {
        Proposal proposal = e.proposal();
        proposal.contactMobile().ifPresent(mobile -> {
          throw new DomainValidationException(new Violation("Proposal[" + proposal.id() + "]", "contactMobile",
              "no-personal-data-in-events", "a stored proposal names its submitter by person id; the contact mobile "
                  + "belongs in the PersonRegister, was " + Masking.mobile(mobile)));
        });
        node.put("type", "received");
        put(node, "proposal", e.proposal(), Proposal.class);
        return node.toString();
      }
      node.put("type", typeOf(event));
      put(node, "proposal", event.proposalId(), ProposalId.class);
      if (event instanceof ProposalEvent.Accepted e) {
        put(node, "by", e.by(), PersonId.class);
      } else if (event instanceof ProposalEvent.Assigned e) {
        put(node, "assignee", e.assignee(), ActorId.class);
        put(node, "by", e.by(), PersonId.class);
      } else if (event instanceof ProposalEvent.Started e) {
        put(node, "by", e.by(), ActorId.class);
      } else if (event instanceof ProposalEvent.Answered e) {
        put(node, "answer", e.answer(), Answer.class);
        return node.toString();
      } else if (event instanceof ProposalEvent.Rejected e) {
        put(node, "rejection", e.rejection(), ProposalRejection.class);
        put(node, "by", e.by(), PersonId.class);
      } else if (event instanceof ProposalEvent.Rated e) {
        put(node, "rating", e.rating(), Satisfaction.class);
      } else if (event instanceof ProposalEvent.Escalated e) {
        put(node, "to", e.to(), GridId.class);
      } else if (event instanceof ProposalEvent.Referred e) {
        put(node, "to", e.to(), GridId.class);
        node.put("reason", e.reason());
        put(node, "by", e.by(), PersonId.class);
      }
      node.put("at", event.at().toString());
      if (event instanceof ProposalEvent.Rated e) {
        node.put("reopened", e.reopened());
      }
      return node.toString();
    }

    private static String typeOf(ProposalEvent event) {
      return event.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static void put(ObjectNode node, String name, Object value, Class<?> type) {
      node.set(name, StrictJson.tree(MAPPER, value, type, name, "a proposal event"));
    }

    @Override
    public ProposalEvent decode(String payload) {
      java.util.Objects.requireNonNull(payload, "payload");
      try {
        return read(MAPPER.readTree(payload));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("The payload is not a proposal event: " + e.getOriginalMessage(), e);
      }
    }

    private static ProposalEvent read(JsonNode node) throws GovernanceFormatException {
      if (node == null || !node.isObject()) {
        throw new GovernanceFormatException(null, "", "object", "a proposal event is a JSON object");
      }
      String type = text(node, "type");
      switch (type) {
        case "received":
          only(node, "type", "proposal");
          return new ProposalEvent.Received(value(node, "proposal", Proposal.class));
        case "accepted":
          only(node, "type", "proposal", "by", "at");
          return new ProposalEvent.Accepted(id(node), value(node, "by", PersonId.class), at(node));
        case "assigned":
          only(node, "type", "proposal", "assignee", "by", "at");
          return new ProposalEvent.Assigned(id(node), value(node, "assignee", ActorId.class),
              value(node, "by", PersonId.class), at(node));
        case "started":
          only(node, "type", "proposal", "by", "at");
          return new ProposalEvent.Started(id(node), value(node, "by", ActorId.class), at(node));
        case "answered":
          only(node, "type", "proposal", "answer");
          return new ProposalEvent.Answered(id(node), value(node, "answer", Answer.class));
        case "rejected":
          only(node, "type", "proposal", "rejection", "by", "at");
          return new ProposalEvent.Rejected(id(node), value(node, "rejection", ProposalRejection.class),
              value(node, "by", PersonId.class), at(node));
        case "rated":
          only(node, "type", "proposal", "rating", "at", "reopened");
          JsonNode reopened = required(node, "reopened");
          if (!reopened.isBoolean()) {
            throw new GovernanceFormatException(null, "/reopened", "boolean", "'reopened' is true or false");
          }
          return new ProposalEvent.Rated(id(node), value(node, "rating", Satisfaction.class), at(node),
              reopened.booleanValue());
        case "closed":
          only(node, "type", "proposal", "at");
          return new ProposalEvent.Closed(id(node), at(node));
        case "escalated":
          only(node, "type", "proposal", "to", "at");
          return new ProposalEvent.Escalated(id(node), value(node, "to", GridId.class), at(node));
        case "referred":
          only(node, "type", "proposal", "to", "reason", "by", "at");
          String reason = text(node, "reason");
          if (reason.isBlank() || reason.length() > io.github.jiceng.governance.model.proposal.ProposalEvent.MAX_REASON_LENGTH) {
            throw new GovernanceFormatException(null, "/reason", "referral-reason-length", "'reason' is 1-"
                + io.github.jiceng.governance.model.proposal.ProposalEvent.MAX_REASON_LENGTH
                + " characters and not blank, was " + reason.length() + " characters");
          }
          return new ProposalEvent.Referred(id(node), value(node, "to", GridId.class), reason,
              value(node, "by", PersonId.class), at(node));
        default:
          throw new GovernanceFormatException(null, "/type", "known-type", "a proposal event's type is one of "
              + "[received, accepted, assigned, started, answered, rejected, rated, closed, escalated, referred]");
      }
    }

    private static ProposalId id(JsonNode node) throws GovernanceFormatException {
      return value(node, "proposal", ProposalId.class);
    }

    private static java.time.Instant at(JsonNode node) throws GovernanceFormatException {
      String text = text(node, "at");
      try {
        return java.time.Instant.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        throw new GovernanceFormatException(null, "/at", "date-time", "'at' is an ISO-8601 instant in UTC");
      }
    }

    /** Reads one property with the JSON module's codec of its type, the error's pointer moved under it. */
    private static <T> T value(JsonNode node, String name, Class<T> type) throws GovernanceFormatException {
      return StrictJson.part(MAPPER, required(node, name), name, type, "a proposal event");
    }

    private static JsonNode required(JsonNode node, String name) throws GovernanceFormatException {
      return StrictJson.required(node, name);
    }

    private static String text(JsonNode node, String name) throws GovernanceFormatException {
      return StrictJson.text(node, name);
    }

    private static void only(JsonNode node, String... names) throws GovernanceFormatException {
      StrictJson.only(node, "a proposal event", names);
    }
  }
}
