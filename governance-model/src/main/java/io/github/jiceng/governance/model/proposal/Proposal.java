package io.github.jiceng.governance.model.proposal;

import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Masking;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A resident's proposal (提案): its title and content, the grid node it concerns, when and how it
 * was submitted, and a mobile number for the follow-up.
 *
 * <p>The content and the mobile number are personal data: {@link #toString} leaves the content
 * out and masks the number (3+4).
 *
 * <pre>{@code
 * Proposal p = Proposal.builder()
 *     .id(ProposalId.of("ta-2023-0012")).title("小区东门路灯不亮")
 *     .content("...").grid(GridId.of("xuemeili-b3"))
 *     .submittedAt(Instant.parse("2023-03-01T01:00:00Z"))
 *     .submission(new Submission.ViaDeputy(PersonId.of("p-deputy-07"), DeputyKind.PEOPLES_CONGRESS_DEPUTY,
 *         Optional.empty()))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Proposal {

  /** The longest title accepted, in characters. */
  public static final int MAX_TITLE_LENGTH = 100;

  /** The longest content accepted, in characters. */
  public static final int MAX_CONTENT_LENGTH = 5000;

  private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

  Proposal() {}

  /** Returns a builder; all attributes but {@code contactMobile} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the proposal's id. */
  public abstract ProposalId id();

  /** Returns the title, public, such as {@code "小区东门路灯不亮"}. */
  public abstract String title();

  /** Returns the content in the resident's words; may hold personal data, so never logged. */
  public abstract String content();

  /** Returns the grid node the proposal concerns; handling starts there. */
  public abstract GridId grid();

  /** Returns when it was submitted; the first state's deadline counts from here. */
  public abstract Instant submittedAt();

  /** Returns how it came in. */
  public abstract Submission submission();

  /** Returns the mobile number for the follow-up, raw; personal data. */
  public abstract Optional<String> contactMobile();

  @Value.Check
  final void check() {
    String subject = "Proposal[" + id() + "]";
    if (title().isBlank() || title().length() > MAX_TITLE_LENGTH) {
      throw new DomainValidationException(new Violation(subject, "title", "title-length",
          "a title is 1-" + MAX_TITLE_LENGTH + " characters and not blank, was " + title().length() + " characters")
              .with("max", MAX_TITLE_LENGTH).with("length", title().length()));
    }
    if (content().isBlank() || content().length() > MAX_CONTENT_LENGTH) {
      throw new DomainValidationException(new Violation(subject, "content", "content-length",
          "content is 1-" + MAX_CONTENT_LENGTH + " characters and not blank, was " + content().length() + " characters")
              .with("max", MAX_CONTENT_LENGTH).with("length", content().length()));
    }
    contactMobile().ifPresent(m -> {
      if (!MOBILE.matcher(m).matches()) {
        throw new DomainValidationException(new Violation(subject, "contactMobile", "mobile-form",
            "a mobile number is 11 digits starting with 1, was " + Masking.mobile(m)).with("length", m.length()));
      }
    });
  }

  /** Returns the proposal with its content left out and its mobile number masked. */
  @Override
  public String toString() {
    return "Proposal{id=" + id() + ", title=" + title() + ", grid=" + grid() + ", submittedAt=" + submittedAt()
        + ", submission=" + submission() + contactMobile().map(m -> ", contactMobile=" + Masking.mobile(m)).orElse("") + "}";
  }

  /** The builder of {@link Proposal}; each attribute may be set once. */
  public static final class Builder extends ImmutableProposal.Builder {
    Builder() {}
  }
}
