package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.Open311;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * GeoReport v2 JSON, read token by token with the SDK's limits: the fields of GeoReport v2 are read
 * strictly (type, null as absent, no repeats), other properties skipped (extensions), and every
 * fault is a {@link GovernanceFormatException} at its pointer. Free text (descriptions, addresses)
 * may hold personal data, so messages never quote it.
 */
public final class Open311Codecs {

  private Open311Codecs() {}

  /** How a field's value is read. */
  private enum Kind {
    /** A string. */
    TEXT,
    /** A string or a whole number, kept as its text (ids, codes). */
    ID,
    /** A number, or a string holding one. */
    NUMBER,
    /** An ISO 8601 date-time with an offset. */
    DATE_TIME
  }

  private static final String[] REQUEST_FIELDS = {"service_request_id", "status", "status_notes", "service_name",
      "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
      "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"};

  private static final Map<String, Kind> REQUEST_KINDS = requestKinds();

  private static final Map<String, Kind> POST_RESPONSE_KINDS = Map.of("service_request_id", Kind.ID, "token",
      Kind.ID, "service_notice", Kind.TEXT);

  /** Shows no part of a value: free text may be personal. */
  private static final StringCodec HIDDEN = Codecs.string().personal(s -> "*".repeat(Math.min(s.length(), 8)));

  private static Map<String, Kind> requestKinds() {
    Map<String, Kind> m = new HashMap<>();
    for (String f : REQUEST_FIELDS) {
      m.put(f, Kind.TEXT);
    }
    for (String f : List.of("service_request_id", "service_code", "address_id", "zipcode")) {
      m.put(f, Kind.ID);
    }
    m.put("lat", Kind.NUMBER);
    m.put("long", Kind.NUMBER);
    for (String f : List.of("requested_datetime", "updated_datetime", "expected_datetime")) {
      m.put(f, Kind.DATE_TIME);
    }
    return Map.copyOf(m);
  }

  /** The values of one object's known fields, and where each was. */
  private static final class Fields {
    final Map<String, Object> values = new HashMap<>();
    final Map<String, String> pointers = new HashMap<>();

    Optional<String> text(String name) {
      return Optional.ofNullable((String) values.get(name));
    }

    Optional<OffsetDateTime> time(String name) {
      return Optional.ofNullable((OffsetDateTime) values.get(name));
    }
  }

  /** Reads an array of service requests. */
  public static List<Open311.ServiceRequest> readRequests(Syntax syntax, InputStream stream) throws IOException {
    try (TokenReader r = syntax.reader(stream, false)) {
      Input in = new Input(r);
      try {
        List<Open311.ServiceRequest> out = new ArrayList<>();
        start(in);
        while (in.next() != Token.END_ARRAY) {
          out.add(request(in));
        }
        Documents.end(in);
        return out;
      } catch (IOException | RuntimeException e) {
        throw Documents.translate(in, e);
      }
    }
  }

  /** Reads an array of POST responses. */
  public static List<Open311.PostResponse> readPostResponses(Syntax syntax, InputStream stream) throws IOException {
    try (TokenReader r = syntax.reader(stream, false)) {
      Input in = new Input(r);
      try {
        List<Open311.PostResponse> out = new ArrayList<>();
        start(in);
        while (in.next() != Token.END_ARRAY) {
          Fields f = fields(in, POST_RESPONSE_KINDS);
          Optional<String> id = f.text("service_request_id");
          Optional<String> token = f.text("token");
          if (id.isPresent() == token.isPresent()) {
            throw in.fail("id-or-token", "a POST response carries either a service_request_id or a token");
          }
          out.add(new Open311.PostResponse(id, token, f.text("service_notice")));
        }
        Documents.end(in);
        return out;
      } catch (IOException | RuntimeException e) {
        throw Documents.translate(in, e);
      }
    }
  }

  private static void start(Input in) throws IOException {
    Token t = in.next();
    if (t == null) {
      throw in.fail("not-empty", "the document is empty");
    }
    if (t != Token.START_ARRAY) {
      throw in.mismatch("array", HIDDEN);
    }
  }

  private static Open311.ServiceRequest request(Input in) throws IOException {
    Fields f = fields(in, REQUEST_KINDS);
    String at = in.pointer();
    String id = required(in, f, at, "service_request_id");
    String statusText = required(in, f, at, "status");
    Open311.Status status;
    if (statusText.equals("open")) {
      status = Open311.Status.OPEN;
    } else if (statusText.equals("closed")) {
      status = Open311.Status.CLOSED;
    } else {
      throw in.failAt(f.pointers.get("status"), "enum", "expected open or closed, was '" + Excerpts.of(statusText)
          + "'");
    }
    String code = required(in, f, at, "service_code");
    OffsetDateTime requested = f.time("requested_datetime").orElseThrow(
        () -> in.failAt(at + "/requested_datetime", "required", "'requested_datetime' is required"));
    Optional<GeoPoint> location;
    try {
      location = location((Double) f.values.get("lat"), (Double) f.values.get("long"));
    } catch (DomainValidationException e) {
      String where = f.pointers.containsKey("lat") ? f.pointers.get("lat") : f.pointers.get("long");
      throw Violations.rejected(in, where, e, "coordinate-range");
    }
    return new Open311.ServiceRequest(id, status, f.text("status_notes"), f.text("service_name"), code,
        f.text("description"), f.text("agency_responsible"), f.text("service_notice"), requested,
        f.time("updated_datetime"), f.time("expected_datetime"), f.text("address"), f.text("address_id"),
        f.text("zipcode"), location, f.text("media_url"));
  }

  private static String required(Input in, Fields f, String at, String name) throws GovernanceFormatException {
    Object v = f.values.get(name);
    if (v == null) {
      throw in.failAt(at + Pointers.segment(name), "required", "'" + name + "' is required");
    }
    return (String) v;
  }

  /** Reads one object's known fields; the parser ends at its end. */
  private static Fields fields(Input in, Map<String, Kind> kinds) throws IOException {
    if (in.token() != Token.START_OBJECT) {
      throw in.mismatch("object", HIDDEN);
    }
    Fields f = new Fields();
    Set<String> seen = new HashSet<>();
    for (Token t = in.next(); t == Token.NAME; t = in.next()) {
      String name = in.name();
      if (!seen.add(name)) {
        throw in.fail("unique-property", "property '" + Input.propertyName(name) + "' appears more than once");
      }
      in.next();
      Kind kind = kinds.get(name);
      if (kind == null) {
        in.reader().skipChildren();
        continue;
      }
      Object v = value(in, kind);
      if (v != null) {
        f.values.put(name, v);
        f.pointers.put(name, in.pointer());
      }
    }
    return f;
  }

  private static @Nullable Object value(Input in, Kind kind) throws IOException {
    Token t = in.token();
    if (t == Token.NULL) {
      return null;
    }
    switch (kind) {
      case TEXT:
        if (t != Token.STRING) {
          throw in.mismatch("string", HIDDEN);
        }
        return in.text();
      case ID:
        if (t != Token.STRING && t != Token.INTEGER) {
          throw in.mismatch("string", HIDDEN);
        }
        return in.text();
      case NUMBER:
        if (t == Token.INTEGER || t == Token.FLOAT) {
          return in.reader().doubleValue();
        }
        if (t == Token.STRING) {
          String text = in.text().strip();
          if (!DECIMAL.matcher(text).matches()) {
            throw in.fail("number", "expected a number, was a string that holds no decimal number");
          }
          return Double.parseDouble(text);
        }
        throw in.mismatch("number", HIDDEN);
      case DATE_TIME:
        if (t != Token.STRING) {
          throw in.mismatch("string", HIDDEN);
        }
        try {
          return OffsetDateTime.parse(in.text());
        } catch (DateTimeParseException e) {
          throw in.fail("date-time", "expected an ISO 8601 date-time with an offset, such as "
              + "2010-04-14T06:37:38-08:00, was '" + Excerpts.of(in.text()) + "'");
        }
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Returns the point of a latitude and a longitude given as text (a POST form), both or neither.
   *
   * @throws DomainValidationException if only one is given, one is not a number, or out of range
   */
  public static Optional<GeoPoint> location(Optional<String> lat, Optional<String> lon) {
    Optional<Double> la = lat.filter(s -> !s.isBlank()).map(s -> number("lat", s));
    Optional<Double> lo = lon.filter(s -> !s.isBlank()).map(s -> number("long", s));
    return location(la.orElse(null), lo.orElse(null));
  }

  private static double number(String field, String text) {
    String stripped = text.strip();
    if (!DECIMAL.matcher(stripped).matches()) {
      throw new DomainValidationException("Open311", field, "number", field + " is a decimal number of degrees");
    }
    return Double.parseDouble(stripped);
  }

  /** A decimal number as people and GeoReport clients write one: no hex, no suffixes, no NaN. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  private static Optional<GeoPoint> location(@Nullable Double lat, @Nullable Double lon) {
    if (lat == null && lon == null) {
      return Optional.empty();
    }
    if (lat == null || lon == null) {
      throw new DomainValidationException("Open311", lat == null ? "long" : "lat", "location-pair",
          "lat and long come together or not at all");
    }
    return Optional.of(GeoPoint.of(lat, lon));
  }

  /** Writes an array of service requests, every field in the specification's order. */
  public static void writeRequests(Syntax syntax, List<Open311.ServiceRequest> requests, OutputStream stream)
      throws IOException {
    try (TokenWriter out = syntax.writer(stream)) {
      out.startArray();
      for (Open311.ServiceRequest r : requests) {
        out.startObject();
        out.name("service_request_id");
        out.string(r.serviceRequestId());
        out.name("status");
        out.string(r.status().wireName());
        text(out, "status_notes", r.statusNotes());
        text(out, "service_name", r.serviceName());
        out.name("service_code");
        out.string(r.serviceCode());
        text(out, "description", r.description());
        text(out, "agency_responsible", r.agencyResponsible());
        text(out, "service_notice", r.serviceNotice());
        out.name("requested_datetime");
        out.string(dateTime(r.requestedDatetime()));
        text(out, "updated_datetime", r.updatedDatetime().map(Open311Codecs::dateTime));
        text(out, "expected_datetime", r.expectedDatetime().map(Open311Codecs::dateTime));
        text(out, "address", r.address());
        text(out, "address_id", r.addressId());
        text(out, "zipcode", r.zipcode());
        if (r.location().isPresent()) {
          out.name("lat");
          out.number(r.location().get().latitude());
          out.name("long");
          out.number(r.location().get().longitude());
        } else {
          out.name("lat");
          out.nullValue();
          out.name("long");
          out.nullValue();
        }
        text(out, "media_url", r.mediaUrl());
        out.endObject();
      }
      out.endArray();
      out.endDocument();
    }
  }

  /** Writes an array of POST responses. */
  public static void writePostResponses(Syntax syntax, List<Open311.PostResponse> responses, OutputStream stream)
      throws IOException {
    try (TokenWriter out = syntax.writer(stream)) {
      out.startArray();
      for (Open311.PostResponse r : responses) {
        out.startObject();
        if (r.serviceRequestId().isPresent()) {
          out.name("service_request_id");
          out.string(r.serviceRequestId().get());
        } else {
          out.name("token");
          out.string(r.token().orElseThrow());
        }
        text(out, "service_notice", r.serviceNotice());
        out.endObject();
      }
      out.endArray();
      out.endDocument();
    }
  }

  /** A date-time in ISO 8601 with seconds and its offset ({@code Z} for UTC), as GeoReport v2 shows them. */
  private static String dateTime(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static void text(TokenWriter out, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.name(name);
      out.string(value.get());
    } else {
      out.name(name);
      out.nullValue();
    }
  }
}
