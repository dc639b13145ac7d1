package io.github.jiceng.governance.model.venue;

/**
 * What a room of a venue is for (功能室类型). The article names the first three of 站北社区's
 * centre; the others are the usual rooms of a party-masses service centre. A district with rooms
 * of its own kind records them as {@link #OTHER} with a name that says what they are.
 */
public enum RoomKind {
  /** A community cinema (社区电影院). */
  CINEMA,
  /** A physiotherapy room (理疗室). */
  THERAPY_ROOM,
  /** An elderly-service station (为老服务站). */
  ELDERLY_SERVICE_STATION,
  /** A children's play area (儿童游乐区). */
  CHILDREN_PLAY_AREA,
  /** A meeting room (会议室), such as where joint meetings sit. */
  MEETING_ROOM,
  /** An activity room (活动室) for classes, clubs and rehearsals. */
  ACTIVITY_ROOM,
  /** Any other function room (其他功能室); its name says what it is. */
  OTHER
}
