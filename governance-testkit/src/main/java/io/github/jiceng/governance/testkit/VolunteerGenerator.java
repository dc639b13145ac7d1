package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.volunteer.WorkingCalendars;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.volunteer.VolunteerCommand;
import io.github.jiceng.governance.rules.volunteer.VolunteerRegister;
import io.github.jiceng.governance.rules.volunteer.VolunteerRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Volunteer service records on China's working calendar; see {@link Generators#volunteerRecords()}. */
final class VolunteerGenerator implements CommandGenerator<VolunteerCommand, VolunteerRegister, VolunteerRecord> {

  /** Records per seed. */
  static final int COUNT = 60;

  @Override
  public VolunteerRules rules(long seed) {
    return RULES;
  }

  @Override
  public List<VolunteerCommand> commands(long seed) {
    return commands(new Random(seed), COUNT);
  }
  static final WorkingCalendar CHINA = WorkingCalendars.mainlandChina();
  static final VolunteerRules RULES = VolunteerRules.of(CHINA);
  static final List<PersonId> VOLUNTEERS = List.of(PersonId.of("v-1"), PersonId.of("v-2"),
      PersonId.of("v-3"));

  static List<VolunteerCommand> commands(Random random, int count) {
    List<VolunteerCommand> out = new ArrayList<>();
    List<VolunteerRecord> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int what = random.nextInt(10);
      if (what == 0 && !made.isEmpty()) {
        out.add(new VolunteerCommand.Enter(made.get(random.nextInt(made.size())))); // again, as it was
        continue;
      }
      String id = what == 1 && !made.isEmpty() ? made.get(random.nextInt(made.size())).id().value() // other content
          : "vr-" + i;
      LocalDate activity = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
      int delay = random.nextInt(12) == 0 ? -1 - random.nextInt(3) : random.nextInt(25);
      VolunteerRecord r = VolunteerRecord.builder().id(VolunteerRecordId.of(id))
          .volunteer(VOLUNTEERS.get(random.nextInt(VOLUNTEERS.size()))).activityName("环境卫生整治")
          .activityDate(activity).place("站北社区").content("清理楼道杂物").serviceTime(Duration.ofMinutes(
              30 + random.nextInt(400))).organiser(OrganizationId.of("org-volunteers"))
          .personInCharge(PersonId.of("staff-1")).recordedOn(activity.plusDays(delay)).build();
      made.add(r);
      out.add(new VolunteerCommand.Enter(r));
    }
    return out;
  }
}
