package io.github.jiceng.governance.model.pillar;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarBound;

/**
 * A project that a major affair's resolution became (议决事项转化为项目), the link that shows
 * 大事共议 deciding something that is then done.
 *
 * <p>The affair must have been decided with an option adopted; the scorecard refuses a link to an
 * affair that is unknown or was not adopted. A joint meeting's resolutions name their project
 * themselves ({@link io.github.jiceng.governance.model.deliberation.Resolution#project()}); an
 * affair's decision names only the option adopted, so the project is linked here.
 *
 * @param affair the affair decided
 * @param project the project its adopted option became
 */
public record AffairProject(AffairId affair, ProjectId project) implements PillarBound {

  /** Checks the parts are present. */
  public AffairProject {
    requireNonNull(affair, "affair");
    requireNonNull(project, "project");
  }

  /** Returns {@link Pillar#MAJOR_AFFAIRS_CO_DELIBERATION}. */
  @Override
  public Pillar pillar() {
    return Pillar.MAJOR_AFFAIRS_CO_DELIBERATION;
  }
}
