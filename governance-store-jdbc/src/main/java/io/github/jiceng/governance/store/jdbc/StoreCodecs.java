package io.github.jiceng.governance.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.Decline;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.rules.fund.FundEvent;
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
   * in a fund ledger file, and the maker-checker steps beside them.
   *
   * <pre>{@code
   * {"type":"booked","entry":{"type":"donation","id":"don-1",...}}
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
}
