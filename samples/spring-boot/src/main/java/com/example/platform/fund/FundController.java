package com.example.platform.fund;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.Payment;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.store.jdbc.EventStore;
import io.github.jiceng.governance.store.jdbc.StoredRule;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The co-building fund (共建实践金) configured under {@code governance.fund}, booked through the
 * store with the starter's {@code fund} rule, maker-checker as its policy says. Every command
 * carries the client's {@code Idempotency-Key}. A refusal of the rules (such as an approval by
 * the requester, {@code fund.requester-cannot-approve}) answers 422 {@code application/problem+json}
 * with its code.
 *
 * <ul>
 *   <li>{@code POST /fund/donations} with a {@link Donation}: answers the fund's balance;
 *   <li>{@code POST /fund/requests} with a {@link DisbursementRequest}: answers its {@link
 *       DisbursementCase};
 *   <li>{@code POST /fund/requests/{id}/approvals} with an {@link Approval}: answers the case;
 *   <li>{@code POST /fund/requests/{id}/payments} with a {@link Payment}: pays an approved request;
 *       answers the case;
 *   <li>{@code GET /fund/requests/{id}}: the case, or 404.
 * </ul>
 */
@RestController
public class FundController {

  private final EventStore store;
  private final StoredRule<FundCommand, FundBook, FundEvent> fund;
  private final String stream;

  FundController(EventStore store, StoredRule<FundCommand, FundBook, FundEvent> fund, FundSetup setup) {
    this.store = store;
    this.fund = fund;
    this.stream = setup.fund().id().value();
  }

  /**
   * Books a donation.
   *
   * @param key the client's idempotency key
   * @param donation the donation, in the SDK's JSON
   * @return the fund's balance after it
   */
  @PostMapping("/fund/donations")
  public Money donate(@RequestHeader("Idempotency-Key") String key, @RequestBody Donation donation) {
    handle(key, new FundCommand.Donate(donation));
    return book().ledger().balance();
  }

  /**
   * Requests a disbursement.
   *
   * @param key the client's idempotency key
   * @param request the request
   * @return its case
   */
  @PostMapping("/fund/requests")
  public DisbursementCase request(@RequestHeader("Idempotency-Key") String key, @RequestBody DisbursementRequest request) {
    handle(key, new FundCommand.Request(request));
    return book().findCase(request.id()).orElseThrow();
  }

  /**
   * Approves a request.
   *
   * @param key the client's idempotency key
   * @param id the request's id
   * @param approval the approver and the instant
   * @return the case
   */
  @PostMapping("/fund/requests/{id}/approvals")
  public DisbursementCase approve(@RequestHeader("Idempotency-Key") String key, @PathVariable String id,
      @RequestBody Approval approval) {
    handle(key, new FundCommand.Approve(RequestId.of(id), approval.approver(), approval.at()));
    return book().findCase(RequestId.of(id)).orElseThrow();
  }

  /**
   * Pays an approved request.
   *
   * @param key the client's idempotency key
   * @param id the request's id
   * @param payment the ledger entry's id, the payer and the instant
   * @return the case
   */
  @PostMapping("/fund/requests/{id}/payments")
  public DisbursementCase pay(@RequestHeader("Idempotency-Key") String key, @PathVariable String id,
      @RequestBody Payment payment) {
    handle(key, new FundCommand.Pay(RequestId.of(id), payment.entry(), payment.by(), payment.at()));
    return book().findCase(RequestId.of(id)).orElseThrow();
  }

  /**
   * Returns a request's case.
   *
   * @param id the request's id
   * @return the case, or 404
   */
  @GetMapping("/fund/requests/{id}")
  public ResponseEntity<DisbursementCase> disbursement(@PathVariable String id) {
    return ResponseEntity.of(book().findCase(RequestId.of(id)));
  }

  private void handle(String key, FundCommand command) {
    store.handle(fund, stream, "fund:" + key, command).orElseThrow();
  }

  private FundBook book() {
    return store.load(fund, stream).state();
  }
}
