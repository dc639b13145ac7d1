package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.json.internal.Jackson2Syntax;
import io.github.jiceng.governance.json.internal.Open311Codecs;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Demands as Open311 GeoReport v2 service requests (开放311市民诉求), so that civic clients and
 * city dashboards that speak GeoReport v2 can feed the demand list and follow it.
 *
 * <p>A {@link ServiceRequest} is one element of GeoReport v2's {@code requests.json} (GET Service
 * Requests, GET Service Request). {@link #toServiceRequest} shows a demand and its status as one;
 * {@link #toDemand} turns one into a demand and status, taking what a service request does not
 * carry from {@link DemandDefaults}; {@link #fromPostForm} reads the arguments of a POST Service
 * Request. {@link #readServiceRequests} and {@link #writeServiceRequests} read and write
 * {@code requests.json}; {@link #readPostResponses} and {@link #writePostResponses} the response of
 * a POST.
 *
 * <table>
 *   <caption>How the fields map</caption>
 *   <tr><th>GeoReport v2</th><th>to a service request</th><th>back to a demand and status</th></tr>
 *   <tr><td>service_request_id</td><td>the demand's id</td><td>the demand's id (must have the id
 *       form)</td></tr>
 *   <tr><td>status</td><td>{@code closed} when the state is final (rejected, closed, withdrawn),
 *       else {@code open}</td><td>with status_notes: the state</td></tr>
 *   <tr><td>status_notes</td><td>the state and what it means, such as {@code "DISPATCHED: dispatched,
 *       waiting for a claimant (社区下单)"}</td><td>the state, when the notes begin with one that
 *       agrees with status; else {@code SUBMITTED} (open) or {@code CLOSED} (closed)</td></tr>
 *   <tr><td>service_code</td><td>the category</td><td>the category (must have the key form)</td></tr>
 *   <tr><td>service_name</td><td>the category's display name from the {@link Directory}, else the
 *       category</td><td>not kept</td></tr>
 *   <tr><td>description</td><td>a line made of the demand's facts: category, beneficiaries, urgency,
 *       capabilities, pillar, source (never the requester)</td><td>not kept: a demand has no free
 *       text</td></tr>
 *   <tr><td>agency_responsible</td><td>the claimant's id, once there is one</td><td>the claimant,
 *       when it has the id form</td></tr>
 *   <tr><td>service_notice</td><td>the channel and what it means, once dispatched</td><td>the
 *       channel, when the notice begins with one</td></tr>
 *   <tr><td>requested_datetime</td><td>when it was submitted</td><td>when it was submitted</td></tr>
 *   <tr><td>updated_datetime</td><td>when it entered its state</td><td>since when it is in its state
 *       (else requested_datetime)</td></tr>
 *   <tr><td>expected_datetime</td><td>the end of its window</td><td>the end of its window when it is
 *       after the window's start; else (absent, or no later than the request, as in the
 *       specification's second example) the window's start plus the default length</td></tr>
 *   <tr><td>address, lat, long</td><td>where known: from the {@link Directory}; a demand has no
 *       coordinates and no street address of its own, so without a directory they are
 *       null</td><td>not kept: the caller resolves a place to a grid
 *       ({@link DemandDefaults#grid()})</td></tr>
 *   <tr><td>address_id</td><td>the grid's id (the SDK's internal location id)</td><td>not kept (the
 *       grid comes from the defaults)</td></tr>
 *   <tr><td>zipcode, media_url</td><td>null</td><td>not kept</td></tr>
 * </table>
 *
 * <p>What a service request never carries is taken from {@link DemandDefaults}: the source, the
 * requester (a civic client's reporter is a person the host knows by id, never by the name, e-mail
 * or phone of the POST), the grid, the capabilities, the urgency, the beneficiaries, the pillar and
 * the window's start. Of a status, the project, service, outcome, rating and counts do not map; an
 * imported status has none. Instants are written in UTC; a request read with another offset keeps
 * its instant, not its offset, when it becomes a demand.
 *
 * <p>Reading is strict about the fields above (types, the two statuses, ISO 8601 date-times with an
 * offset, coordinates in range and in pairs) and skips other properties, which GeoReport v2's
 * extensions add. A value that is null counts as absent. The specification's own JSON example
 * writes {@code "service_code":006}, which is not JSON (no leading zeros); it fails with a format
 * error, and a server that means the code {@code 006} writes it as a string.
 */
public final class Open311 {

  private Open311() {}

  /** The status of a service request: it has been reported, or it has been resolved. */
  public enum Status {
    /** {@code open}: it has been reported. */
    OPEN,
    /** {@code closed}: it has been resolved. */
    CLOSED;

    /** Returns the status as GeoReport v2 writes it: {@code open} or {@code closed}. */
    public String wireName() {
      return this == OPEN ? "open" : "closed";
    }
  }

  /**
   * One service request of GeoReport v2, as {@code requests.json} holds it. Absent values are
   * empty; a request read from a file keeps the offsets of its date-times.
   *
   * @param serviceRequestId service_request_id
   * @param status status
   * @param statusNotes status_notes
   * @param serviceName service_name
   * @param serviceCode service_code
   * @param description description: free text of the reporter, up to 4,000 characters
   * @param agencyResponsible agency_responsible
   * @param serviceNotice service_notice
   * @param requestedDatetime requested_datetime
   * @param updatedDatetime updated_datetime
   * @param expectedDatetime expected_datetime
   * @param address address
   * @param addressId address_id
   * @param zipcode zipcode
   * @param location lat and long, WGS-84
   * @param mediaUrl media_url
   */
  public record ServiceRequest(String serviceRequestId, Status status, Optional<String> statusNotes,
      Optional<String> serviceName, String serviceCode, Optional<String> description,
      Optional<String> agencyResponsible, Optional<String> serviceNotice, OffsetDateTime requestedDatetime,
      Optional<OffsetDateTime> updatedDatetime, Optional<OffsetDateTime> expectedDatetime, Optional<String> address,
      Optional<String> addressId, Optional<String> zipcode, Optional<GeoPoint> location, Optional<String> mediaUrl) {

    /**
     * Checks that nothing is null and that the description holds at most 4,000 characters
     * (UTF-16 code units, as Java counts them).
     *
     * @throws DomainValidationException if the description is longer ({@code description-length})
     */
    public ServiceRequest {
      requireNonNull(serviceRequestId, "serviceRequestId");
      requireNonNull(status, "status");
      requireNonNull(statusNotes, "statusNotes");
      requireNonNull(serviceName, "serviceName");
      requireNonNull(serviceCode, "serviceCode");
      requireNonNull(description, "description");
      requireNonNull(agencyResponsible, "agencyResponsible");
      requireNonNull(serviceNotice, "serviceNotice");
      requireNonNull(requestedDatetime, "requestedDatetime");
      requireNonNull(updatedDatetime, "updatedDatetime");
      requireNonNull(expectedDatetime, "expectedDatetime");
      requireNonNull(address, "address");
      requireNonNull(addressId, "addressId");
      requireNonNull(zipcode, "zipcode");
      requireNonNull(location, "location");
      requireNonNull(mediaUrl, "mediaUrl");
      description.filter(d -> d.length() > MAX_DESCRIPTION).ifPresent(d -> {
        throw new DomainValidationException(new Violation("ServiceRequest[" + Excerpts.of(serviceRequestId) + "]", "description",
            "description-length", "a description is up to " + MAX_DESCRIPTION + " characters, was " + d.length())
                .with("max", MAX_DESCRIPTION).with("length", d.length()));
      });
    }

    /**
     * Returns the id, status and code only: the description and the address are a reporter's free
     * text and may hold personal data.
     */
    @Override
    public String toString() {
      return "ServiceRequest[" + serviceRequestId + ", " + status.wireName() + ", " + serviceCode + "]";
    }
  }

  /**
   * Where a grid node is, as a service request shows it.
   *
   * @param address a street address or place name
   * @param location a point, WGS-84
   */
  public record Place(Optional<String> address, Optional<GeoPoint> location) {

    /** Checks that nothing is null. */
    public Place {
      requireNonNull(address, "address");
      requireNonNull(location, "location");
    }
  }

  /**
   * What a demand does not say but a service request shows: the display names of categories
   * (service_name) and where grid nodes are (address, lat, long).
   *
   * @param serviceNames display names by category key; a category without one shows its key
   * @param places places by grid node; a node without one shows no address and no coordinates
   */
  public record Directory(Map<String, String> serviceNames, Map<GridId, Place> places) {

    /** No names and no places. */
    public static final Directory EMPTY = new Directory(Map.of(), Map.of());

    /** Copies the maps. */
    public Directory {
      serviceNames = Map.copyOf(serviceNames);
      places = Map.copyOf(places);
    }

    /**
     * Returns a directory whose address of each node is the names of its ancestors and itself,
     * from the root down, separated by spaces, such as {@code "准格尔旗 蓝天街道 白云社区 第一网格"}.
     */
    public static Directory of(GridHierarchy hierarchy) {
      Map<GridId, Place> places = new LinkedHashMap<>();
      for (GridNode node : hierarchy.nodes()) {
        List<String> names = new ArrayList<>();
        List<GridId> up = new ArrayList<>(hierarchy.ancestors(node.id()));
        Collections.reverse(up);
        for (GridId a : up) {
          names.add(hierarchy.node(a).name());
        }
        names.add(node.name());
        places.put(node.id(), new Place(Optional.of(String.join(" ", names)), Optional.empty()));
      }
      return new Directory(Map.of(), places);
    }

    /** Returns a copy with these display names of categories. */
    public Directory withServiceNames(Map<String, String> names) {
      return new Directory(names, places);
    }

    /** Returns a copy with these places of grid nodes. */
    public Directory withPlaces(Map<GridId, Place> newPlaces) {
      return new Directory(serviceNames, newPlaces);
    }
  }

  /**
   * What a demand needs and a service request does not carry.
   *
   * @param source who raised it
   * @param requester the person or organization that raised it, as the host knows them
   * @param grid the grid it lies in, as the host resolved the request's place
   * @param requiredCapabilities the capabilities a claimant needs
   * @param urgency how urgent it is
   * @param beneficiaries how many people it serves; at least one
   * @param pillar the pillar of 一核五共 it belongs to
   * @param windowStart when its window starts; the request's requested_datetime when empty
   * @param windowLength the window's length when the request has no expected_datetime; positive
   */
  public record DemandDefaults(DemandSource source, ActorId requester, GridId grid, Set<String> requiredCapabilities,
      Urgency urgency, int beneficiaries, Pillar pillar, Optional<Instant> windowStart, Duration windowLength) {

    /** Checks the defaults and copies the capabilities in their order. */
    public DemandDefaults {
      requireNonNull(source, "source");
      requireNonNull(requester, "requester");
      requireNonNull(grid, "grid");
      requiredCapabilities = Collections.unmodifiableSet(new LinkedHashSet<>(requiredCapabilities));
      requireNonNull(urgency, "urgency");
      requireNonNull(pillar, "pillar");
      requireNonNull(windowStart, "windowStart");
      checkArgument(beneficiaries >= 1, "a demand serves at least one person: %s", beneficiaries);
      checkArgument(!windowLength.isNegative() && !windowLength.isZero(), "a window is positive: %s", windowLength);
    }

    /**
     * Returns the defaults of a new request: no capabilities, a window from the request's time.
     *
     * @param source who raised it
     * @param requester who raised it, as the host knows them
     * @param grid where it lies
     * @param pillar its pillar
     * @param windowLength the window's length when the request gives no expected time
     */
    public static DemandDefaults of(DemandSource source, ActorId requester, GridId grid, Pillar pillar,
        Duration windowLength) {
      return new DemandDefaults(source, requester, grid, Set.of(), Urgency.NORMAL, 1, pillar, Optional.empty(),
          windowLength);
    }

    /** Returns what a known demand says beyond its service request, to refresh it from one. */
    public static DemandDefaults of(Demand demand) {
      return new DemandDefaults(demand.source(), demand.requester(), demand.grid(), demand.requiredCapabilities(),
          demand.urgency(), demand.beneficiaries(), demand.pillar(), Optional.of(demand.window().start()),
          demand.window().duration());
    }
  }

  /**
   * A service request as a demand and its status.
   *
   * @param demand the demand
   * @param status its status; the project, service, outcome, rating and counts are empty or zero
   */
  public record Imported(Demand demand, DemandStatus status) {

    /** Checks that nothing is null. */
    public Imported {
      requireNonNull(demand, "demand");
      requireNonNull(status, "status");
    }
  }

  /**
   * One element of the response to a POST Service Request: the id of the request created, or a
   * token to ask for it later, and the notice of what happens next. The submitter's account id,
   * which the response may carry, is personal and not kept.
   *
   * @param serviceRequestId service_request_id, if created at once
   * @param token token, if the id comes later
   * @param serviceNotice service_notice
   */
  public record PostResponse(Optional<String> serviceRequestId, Optional<String> token,
      Optional<String> serviceNotice) {

    /** Checks that exactly one of the id and the token is present. */
    public PostResponse {
      requireNonNull(serviceRequestId, "serviceRequestId");
      requireNonNull(token, "token");
      requireNonNull(serviceNotice, "serviceNotice");
      checkArgument(serviceRequestId.isPresent() != token.isPresent(),
          "a POST response carries either a service_request_id or a token");
    }
  }

  private static void checkArgument(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  private static final Map<DemandState, String> STATE_NOTES = stateNotes();
  private static final Map<Channel, String> CHANNEL_NOTICES = channelNotices();
  private static final Pattern ID_FORM = Pattern.compile(IdForm.REGEX);
  private static final int MAX_DESCRIPTION = 4_000;

  private static Map<DemandState, String> stateNotes() {
    Map<DemandState, String> m = new EnumMap<>(DemandState.class);
    m.put(DemandState.SUBMITTED, "raised, waiting for the community's review (群众点单)");
    m.put(DemandState.ACCEPTED, "accepted by the community");
    m.put(DemandState.REJECTED, "rejected by the community");
    m.put(DemandState.GROUPED, "in a project, waiting for the community to dispatch it");
    m.put(DemandState.DISPATCHED, "dispatched, waiting for a claimant (社区下单)");
    m.put(DemandState.CLAIMED, "taken by a claimant (接单)");
    m.put(DemandState.IN_SERVICE, "being served");
    m.put(DemandState.DELIVERED, "served, waiting for the residents' evaluation");
    m.put(DemandState.EVALUATED, "rated by the residents (成效)");
    m.put(DemandState.CLOSED, "closed after a satisfactory rating");
    m.put(DemandState.WITHDRAWN, "withdrawn");
    return Collections.unmodifiableMap(m);
  }

  private static Map<Channel, String> channelNotices() {
    Map<Channel, String> m = new EnumMap<>(Channel.class);
    m.put(Channel.CLAIM, "a co-building unit serves it at its own cost (共建单位认领)");
    m.put(Channel.PURCHASE, "the community buys the service from a social organization (社会组织购买)");
    m.put(Channel.UNDERTAKE, "the community serves it itself (社区承接)");
    return Collections.unmodifiableMap(m);
  }

  /**
   * Shows a demand and its status as a service request, with no names and no places.
   *
   * @throws IllegalArgumentException if the status is of another demand
   */
  public static ServiceRequest toServiceRequest(Demand demand, DemandStatus status) {
    return toServiceRequest(demand, status, Directory.EMPTY);
  }

  /**
   * Shows a demand and its status as a service request (see the class description for each field).
   *
   * @param demand the demand
   * @param status its status
   * @param directory display names of categories and places of grids, where known
   * @return the request
   * @throws IllegalArgumentException if the status is of another demand
   */
  public static ServiceRequest toServiceRequest(Demand demand, DemandStatus status, Directory directory) {
    requireNonNull(demand, "demand");
    requireNonNull(status, "status");
    requireNonNull(directory, "directory");
    checkArgument(status.demand().equals(demand.id()), "the status of %s is not that of %s", status.demand(),
        demand.id());
    Optional<Place> place = Optional.ofNullable(directory.places().get(demand.grid()));
    return new ServiceRequest(demand.id().value(), status.state().isFinal() ? Status.CLOSED : Status.OPEN,
        Optional.of(status.state().name() + ": " + STATE_NOTES.get(status.state())),
        Optional.of(directory.serviceNames().getOrDefault(demand.category(), demand.category())),
        demand.category(), Optional.of(describe(demand)), status.claimant().map(OrganizationId::value),
        status.channel().map(c -> c.name() + ": " + CHANNEL_NOTICES.get(c)), utc(demand.submittedAt()),
        Optional.of(utc(status.since())), Optional.of(utc(demand.window().end())), place.flatMap(Place::address),
        Optional.of(demand.grid().value()), Optional.empty(), place.flatMap(Place::location), Optional.empty());
  }

  private static String describe(Demand demand) {
    StringBuilder sb = new StringBuilder().append(demand.category()).append(" for ").append(demand.beneficiaries())
        .append(demand.beneficiaries() == 1 ? " person" : " people").append("; urgency ").append(demand.urgency());
    if (!demand.requiredCapabilities().isEmpty()) {
      sb.append("; needs ").append(String.join(", ", demand.requiredCapabilities()));
    }
    sb.append("; pillar ").append(demand.pillar()).append("; raised by a ")
        .append(demand.source().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    return sb.length() <= MAX_DESCRIPTION ? sb.toString() : sb.substring(0, MAX_DESCRIPTION);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * Turns a service request into a demand and its status (see the class description for each
   * field).
   *
   * @param request the request
   * @param defaults what the request does not carry
   * @return the demand and its status
   * @throws DomainValidationException if the request's id or code is not of the model's form
   */
  public static Imported toDemand(ServiceRequest request, DemandDefaults defaults) {
    requireNonNull(request, "request");
    requireNonNull(defaults, "defaults");
    Instant requested = request.requestedDatetime().toInstant();
    Instant start = defaults.windowStart().orElse(requested);
    Instant end = request.expectedDatetime().map(OffsetDateTime::toInstant).filter(e -> e.isAfter(start))
        .orElse(start.plus(defaults.windowLength()));
    Demand demand = Demand.builder().id(DemandId.of(request.serviceRequestId())).source(defaults.source())
        .requester(defaults.requester()).grid(defaults.grid()).category(request.serviceCode())
        .addAllRequiredCapabilities(defaults.requiredCapabilities()).urgency(defaults.urgency())
        .beneficiaries(defaults.beneficiaries()).window(Interval.of(start, end)).pillar(defaults.pillar())
        .submittedAt(requested).build();
    DemandState state = stateOf(request);
    Optional<Channel> channel = request.serviceNotice().flatMap(n -> leading(n, Channel.values()));
    Optional<OrganizationId> claimant = request.agencyResponsible().filter(a -> ID_FORM.matcher(a).matches())
        .map(OrganizationId::of);
    Instant since = request.updatedDatetime().map(OffsetDateTime::toInstant).orElse(requested);
    DemandStatus status = new DemandStatus(demand.id(), state, since, Optional.empty(), channel, claimant,
        Optional.empty(), Optional.empty(), OptionalInt.empty(), 0, 0);
    return new Imported(demand, status);
  }

  private static DemandState stateOf(ServiceRequest request) {
    boolean closed = request.status() == Status.CLOSED;
    Optional<DemandState> noted = request.statusNotes().flatMap(n -> leading(n, DemandState.values()))
        .filter(s -> s.isFinal() == closed);
    return noted.orElse(closed ? DemandState.CLOSED : DemandState.SUBMITTED);
  }

  /** Returns the constant whose name the text begins with, followed by a colon or nothing. */
  private static <E extends Enum<E>> Optional<E> leading(String text, E[] values) {
    int colon = text.indexOf(':');
    String head = colon < 0 ? text.strip() : text.substring(0, colon).strip();
    for (E e : values) {
      if (e.name().equals(head)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the arguments of a POST Service Request ({@code application/x-www-form-urlencoded},
   * UTF-8) as a new, open service request: service_code, description, address_string (as the
   * address), address_id, lat, long and media_url. The reporter's e-mail, device id, account id,
   * first and last name and phone are personal data and dropped, as are api_key, jurisdiction_id
   * and the service definition's attribute[...] values: the host identifies the reporter and passes
   * them to {@link #toDemand} as the requester.
   *
   * @param body the request body
   * @param serviceRequestId the id the host gives the request
   * @param received when the host received it (the request's requested_datetime)
   * @return the open request
   * @throws DomainValidationException if service_code is missing, or lat and long are not a pair of
   *     coordinates in range
   */
  public static ServiceRequest fromPostForm(String body, String serviceRequestId, OffsetDateTime received) {
    requireNonNull(body, "body");
    requireNonNull(serviceRequestId, "serviceRequestId");
    requireNonNull(received, "received");
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        form.putIfAbsent(key, value);
      } catch (IllegalArgumentException e) {
        // the pair may hold a reporter's free text: say where, not what
        throw new DomainValidationException("Open311 POST", "body", "url-encoded",
            "the form is not valid application/x-www-form-urlencoded text (a '%' not followed by two hex digits)");
      }
    }
    String code = form.get("service_code");
    if (code == null || code.isBlank()) {
      throw new DomainValidationException("Open311 POST", "service_code", "required", "service_code is required");
    }
    Optional<GeoPoint> location = Open311Codecs.location(Optional.ofNullable(form.get("lat")),
        Optional.ofNullable(form.get("long")));
    return new ServiceRequest(serviceRequestId, Status.OPEN, Optional.empty(), Optional.empty(), code,
        nonEmpty(form.get("description")), Optional.empty(), Optional.empty(), received, Optional.empty(),
        Optional.empty(), nonEmpty(form.get("address_string")), nonEmpty(form.get("address_id")), Optional.empty(),
        location, nonEmpty(form.get("media_url")));
  }

  private static Optional<String> nonEmpty(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Reads {@code requests.json}: an array of service requests (the response of GET Service
   * Requests or GET Service Request).
   *
   * @param in UTF-8 JSON; not closed
   * @return the requests in order
   * @throws GovernanceFormatException naming the JSON Pointer of a missing, mistyped or invalid
   *     field, or of malformed JSON
   * @throws IOException if the stream cannot be read
   */
  public static List<ServiceRequest> readServiceRequests(InputStream in) throws IOException {
    return Open311Codecs.readRequests(Jackson2Syntax.INSTANCE, requireNonNull(in, "in"));
  }

  /**
   * Writes {@code requests.json}: every field of each request, in the specification's order,
   * {@code null} where absent; ids and codes as strings, date-times with their offsets.
   *
   * @param requests the requests
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeServiceRequests(List<ServiceRequest> requests, OutputStream out) throws IOException {
    Open311Codecs.writeRequests(Jackson2Syntax.INSTANCE, List.copyOf(requests), requireNonNull(out, "out"));
  }

  /**
   * Reads the response of a POST Service Request: an array of ids or tokens with notices.
   *
   * @param in UTF-8 JSON; not closed
   * @return the responses in order
   * @throws GovernanceFormatException if the JSON is malformed or an element has neither or both of
   *     service_request_id and token
   * @throws IOException if the stream cannot be read
   */
  public static List<PostResponse> readPostResponses(InputStream in) throws IOException {
    return Open311Codecs.readPostResponses(Jackson2Syntax.INSTANCE, requireNonNull(in, "in"));
  }

  /**
   * Writes the response of a POST Service Request for requests created at once: their ids and
   * service notices.
   *
   * @param requests the requests created
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writePostResponses(List<ServiceRequest> requests, OutputStream out) throws IOException {
    List<PostResponse> responses = new ArrayList<>();
    for (ServiceRequest r : requests) {
      responses.add(new PostResponse(Optional.of(r.serviceRequestId()), Optional.empty(), r.serviceNotice()));
    }
    Open311Codecs.writePostResponses(Jackson2Syntax.INSTANCE, responses, requireNonNull(out, "out"));
  }
}
