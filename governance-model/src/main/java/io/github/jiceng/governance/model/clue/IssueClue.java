package io.github.jiceng.governance.model.clue;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Masking;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A problem reported by residents (问题线索): its category, the grid node where it arises, when
 * and how it came in, and a short summary.
 *
 * <p>The reporter's mobile number is personal data: {@link #toString} masks it (3+4), and leaves
 * out the summary, which residents write freely. An optional topic, a short key such as {@code
 * "xuemeili-square"}, lets screening suggest duplicates.
 *
 * <pre>{@code
 * IssueClue c = IssueClue.builder()
 *     .id(ClueId.of("clue-001")).category(ClueCategory.FITNESS).grid(GridId.of("xuemeili"))
 *     .reportedAt(Instant.parse("2021-06-20T02:00:00Z")).source(ClueSource.RESIDENT)
 *     .contactMobile("13912345678").summary("废弃广场无人管理，希望改成健身场地").topic("xuemeili-square")
 *     .build();
 * c.toString();   // ... contactMobile=139****5678 ...
 * }</pre>
 */
@Value.Immutable
public abstract class IssueClue {

  /** The longest summary accepted, in characters. */
  public static final int MAX_SUMMARY_LENGTH = 500;

  private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  IssueClue() {}

  /** Returns a builder; {@code id}, {@code category}, {@code grid}, {@code reportedAt}, {@code source} and {@code summary} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the clue's id. */
  public abstract ClueId id();

  /** Returns the category. */
  public abstract ClueCategory category();

  /** Returns the grid node where the problem arises. */
  public abstract GridId grid();

  /** Returns when the clue was reported. */
  public abstract Instant reportedAt();

  /** Returns how the clue came in. */
  public abstract ClueSource source();

  /** Returns the reporting person, if known. */
  public abstract Optional<PersonId> reporter();

  /** Returns the reporter's mobile number (11 digits) for the follow-up call, raw; personal data. */
  public abstract Optional<String> contactMobile();

  /** Returns the problem in the reporter's words; may hold personal data, so never logged. */
  public abstract String summary();

  /** Returns the topic key that groups reports of the same problem, such as {@code "xuemeili-square"}. */
  public abstract Optional<String> topic();

  @Value.Check
  final void check() {
    String subject = "IssueClue[" + id() + "]";
    if (summary().isBlank() || summary().length() > MAX_SUMMARY_LENGTH) {
      throw new DomainValidationException(new Violation(subject, "summary", "summary-length",
          "a summary is 1-" + MAX_SUMMARY_LENGTH + " characters and not blank, was " + summary().length() + " characters")
              .with("max", MAX_SUMMARY_LENGTH).with("length", summary().length()));
    }
    contactMobile().ifPresent(m -> {
      if (!MOBILE.matcher(m).matches()) {
        throw new DomainValidationException(new Violation(subject, "contactMobile", "mobile-form",
            "a mobile number is 11 digits starting with 1, was " + Masking.mobile(m)).with("length", m.length()));
      }
    });
    topic().ifPresent(t -> {
      if (!TOPIC.matcher(t).matches()) {
        throw new DomainValidationException(new Violation(subject, "topic", "topic-form",
            "a topic is 1-64 characters of [a-z0-9._-] starting with a letter or digit, was '" + Excerpts.of(t) + "'")
                    .with("value", t).with("pattern", TOPIC.pattern()));
      }
    });
  }

  /** Returns the clue with its mobile number masked and its summary left out. */
  @Override
  public String toString() {
    return "IssueClue{id=" + id() + ", category=" + category() + ", grid=" + grid() + ", reportedAt=" + reportedAt()
        + ", source=" + source() + reporter().map(r -> ", reporter=" + r).orElse("")
        + contactMobile().map(m -> ", contactMobile=" + Masking.mobile(m)).orElse("")
        + topic().map(t -> ", topic=" + t).orElse("") + "}";
  }

  /** The builder of {@link IssueClue}; each attribute may be set once. */
  public static final class Builder extends ImmutableIssueClue.Builder {
    Builder() {}
  }
}
