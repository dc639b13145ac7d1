package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The services that red-star points can be redeemed for (服务目录), in the order given.
 *
 * @param offers the services; ids unique
 */
public record ServiceCatalogue(List<ServiceOffer> offers) {

  /**
   * Validates the catalogue.
   *
   * @throws DomainValidationException if two offers share an id
   */
  public ServiceCatalogue {
    offers = List.copyOf(DomainChecks.noNullElements(offers, "offers"));
    Set<OfferId> seen = new HashSet<>();
    for (ServiceOffer o : offers) {
      if (!seen.add(o.id())) {
        throw new DomainValidationException("ServiceCatalogue", "offers", "service-ids-unique",
            "service id " + o.id() + " is used twice");
      }
    }
  }

  /** Returns a catalogue of the given offers. */
  public static ServiceCatalogue of(ServiceOffer... offers) {
    return new ServiceCatalogue(List.of(offers));
  }

  /** Returns the offer with the id, if any. */
  public Optional<ServiceOffer> offer(OfferId id) {
    requireNonNull(id, "id");
    return offers.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}
