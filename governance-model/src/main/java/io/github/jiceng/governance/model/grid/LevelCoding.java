package io.github.jiceng.governance.model.grid;

import io.github.jiceng.governance.model.code.DivisionLevel;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * How the nodes of one level are coded (层级编码规则): by a statistical division code, by a
 * sequence segment appended to the parent's code, or not at all.
 */
public sealed interface LevelCoding {

  /** Nodes of this level carry no code. */
  static LevelCoding none() {
    return Uncoded.INSTANCE;
  }

  /**
   * Nodes of this level are administrative units coded by a division code of the given level,
   * lying below their parent's code.
   */
  static LevelCoding division(DivisionLevel level) {
    return new Division(level);
  }

  /**
   * Nodes of this level are coded by their parent's code plus one sequence segment of the given
   * width (for example 2 for a CJ/T 213 unit grid, 3 for DB11/T 2157).
   */
  static LevelCoding sequence(int width) {
    return new Sequence(width);
  }

  /** No code. */
  enum Uncoded implements LevelCoding {
    /** The only instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "none";
    }
  }

  /**
   * A division code of the given level.
   *
   * @param level the division level every node of this level is coded at
   */
  record Division(DivisionLevel level) implements LevelCoding {
    /** Checks the level is present. */
    public Division {
      java.util.Objects.requireNonNull(level, "level");
    }

    @Override
    public String toString() {
      return "division(" + level + ")";
    }
  }

  /**
   * The parent's code plus one sequence segment.
   *
   * @param width the segment's width in digits
   */
  record Sequence(int width) implements LevelCoding {
    /** Checks the width. */
    public Sequence {
      if (width < 1 || width > GridCode.MAX_SEGMENT_WIDTH) {
        throw new DomainValidationException(new Violation("LevelCoding.Sequence", "width", "segment-width",
            "a sequence segment is 1.." + GridCode.MAX_SEGMENT_WIDTH + " digits wide, was " + width).with("min", 1)
                .with("max", GridCode.MAX_SEGMENT_WIDTH).with("value", width));
      }
    }

    @Override
    public String toString() {
      return "sequence(" + width + ")";
    }
  }
}
