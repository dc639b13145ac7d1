package io.github.jiceng.governance.model.volunteer;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One volunteer's service in one activity (志愿服务记录), with the fields of 民政部令第67号,
 * article 7: activity name (活动名称), date (日期), place (地点), content (服务内容), service time
 * (服务时间: the actual time given, measured in hours), organiser (活动组织单位) and person in charge
 * (活动负责人); and the day it was entered, which must fall within ten working days after the
 * activity (article 11; checked by {@code VolunteerRecording}).
 *
 * <p>The service time is kept as the actual {@link Duration} given, never rounded: rounding to
 * half hours or capping at eight hours are local points rules, not part of the record. The
 * {@link #toString()} leaves out the place and the content, which may name residents.
 *
 * <p>This record is not a volunteer service certificate (志愿服务证明).
 */
@Value.Immutable
public abstract class VolunteerRecord {

  /** The longest activity name, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  /** The longest place or content, in characters. */
  public static final int MAX_TEXT_LENGTH = 500;

  VolunteerRecord() {}

  /** Returns a builder; every attribute but {@code serviceCategory} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the record's id. */
  public abstract VolunteerRecordId id();

  /** Returns the volunteer. */
  public abstract PersonId volunteer();

  /** Returns the activity's name (活动名称). */
  public abstract String activityName();

  /** Returns the day of the activity (日期); for an activity over several days, its last day. */
  public abstract LocalDate activityDate();

  /** Returns where it took place (地点). */
  public abstract String place();

  /** Returns what the volunteer did (服务内容). */
  public abstract String content();

  /** Returns the actual time given (服务时间); positive, at most 24 hours. */
  public abstract Duration serviceTime();

  /** Returns the organising unit (活动组织单位). */
  public abstract OrganizationId organiser();

  /** Returns the person in charge of the activity (活动负责人). */
  public abstract PersonId personInCharge();

  /** Returns the day the record was entered (录入日期). */
  public abstract LocalDate recordedOn();

  /** Returns the service category (服务类别), such as {@code "政策宣传"}, if given. */
  public abstract Optional<String> serviceCategory();

  @Value.Check
  final void check() {
    String subject = "VolunteerRecord[" + id() + "]";
    text(subject, "activityName", activityName(), MAX_NAME_LENGTH);
    text(subject, "place", place(), MAX_TEXT_LENGTH);
    text(subject, "content", content(), MAX_TEXT_LENGTH);
    serviceCategory().ifPresent(c -> text(subject, "serviceCategory", c, MAX_NAME_LENGTH));
    if (serviceTime().isNegative() || serviceTime().isZero() || serviceTime().compareTo(Duration.ofHours(24)) > 0) {
      throw new DomainValidationException(new Violation(subject, "serviceTime", "service-time-range",
          "the service time is more than zero and at most 24 hours, was " + serviceTime()).with("max", 24 * 60)
              .with("value", serviceTime().toMinutes()));
    }
  }

  private static void text(String subject, String field, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      throw new DomainValidationException(new Violation(subject, field, "text-length",
          field + " is 1-" + max + " characters and not blank, was " + value.length() + " characters").with("max", max)
              .with("length", value.length()));
    }
  }

  /** Returns the id, volunteer, date, time and organiser; never the place or the content. */
  @Override
  public String toString() {
    return "VolunteerRecord[" + id() + ", volunteer=" + volunteer() + ", " + activityDate() + ", " + serviceTime()
        + ", organiser=" + organiser() + ", recordedOn=" + recordedOn() + "]";
  }

  /** The builder of {@link VolunteerRecord}; each attribute may be set once. */
  public static final class Builder extends ImmutableVolunteerRecord.Builder {
    Builder() {}
  }
}
