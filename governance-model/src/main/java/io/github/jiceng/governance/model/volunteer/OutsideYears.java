package io.github.jiceng.governance.model.volunteer;

/**
 * What a working calendar answers about a day outside the {@link CalendarYears} its data covers
 * (数据覆盖年份之外).
 */
public enum OutsideYears {

  /**
   * Refuse the question with an {@link OutsideCalendarYearsException}: a day whose holidays are
   * not known is neither called a working day nor a day off. The default of every calendar with
   * covered years.
   */
  REFUSE,

  /**
   * Answer by the calendar's weekend alone: outside the covered years every day but a weekend day
   * is a working day, and no holiday or make-up working day counts. A caller chooses this knowingly,
   * for instance to plan ahead of the next notice; the answers are then provisional.
   */
  WEEKENDS_ONLY
}
