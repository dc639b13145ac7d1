-- The resource list of the five lists (ADR 0050), from the co-building agreements (ADR 0045): one
-- row per agreement reported to a community (one stream per agreement, its id the agreement's id),
-- with who reported it, its period, what it commits, and the latest joint-meeting review of its
-- fulfilment (delivered against owed) and the latest feedback; beside it the resources it commits,
-- the posts it claims, and the integrations of 一统领四融合 it serves. Kept by the read model
-- ResourceList in the transaction that appends the agreement's events.
--
-- Portable DDL: standard types only; instants as ISO-8601 text in UTC, with the period's bounds also
-- as epoch seconds and nanoseconds so that "in force at an instant" is a comparison of numbers;
-- durations as ISO-8601 text, with whole minutes beside them for queries. On MySQL 8 and the
-- PostgreSQL derivatives the script runs unchanged.

CREATE TABLE gov_cobuilding_agreement (
  agreement           VARCHAR(200) NOT NULL,
  community           VARCHAR(200) NOT NULL,
  kind                VARCHAR(20)  NOT NULL,
  reporter            VARCHAR(200) NOT NULL,
  reported_at         VARCHAR(40)  NOT NULL,
  period_start        VARCHAR(40)  NOT NULL,
  period_end          VARCHAR(40)  NOT NULL,
  start_second        BIGINT       NOT NULL,
  start_nano          INTEGER      NOT NULL,
  end_second          BIGINT       NOT NULL,
  end_nano            INTEGER      NOT NULL,
  service_hours       VARCHAR(40)  NOT NULL,
  service_minutes     BIGINT       NOT NULL,
  reviews             INTEGER      NOT NULL,
  meeting             VARCHAR(200),
  reviewed_at         VARCHAR(40),
  owed                VARCHAR(40),
  owed_minutes        BIGINT,
  delivered           VARCHAR(40),
  delivered_minutes   BIGINT,
  services            INTEGER,
  people_reached      BIGINT,
  resources_committed INTEGER,
  resources_used      INTEGER,
  posts_claimed       INTEGER,
  posts_held          INTEGER,
  level               VARCHAR(20),
  feedbacks           INTEGER      NOT NULL,
  fed_back_meeting    VARCHAR(200),
  fed_back_level      VARCHAR(20),
  fed_back_at         VARCHAR(40),
  CONSTRAINT gov_cobuilding_agreement_pk PRIMARY KEY (agreement),
  CONSTRAINT gov_cobuilding_agreement_kind_ck CHECK (kind IN ('UNIT', 'PARTY_MEMBER')),
  CONSTRAINT gov_cobuilding_agreement_level_ck CHECK (level IN ('MET', 'PARTLY_MET', 'NOT_MET'))
);

CREATE INDEX gov_cobuilding_agreement_community_ix ON gov_cobuilding_agreement (community);

CREATE INDEX gov_cobuilding_agreement_reporter_ix ON gov_cobuilding_agreement (reporter);

CREATE TABLE gov_resource (
  agreement           VARCHAR(200) NOT NULL,
  position            INTEGER      NOT NULL,
  resource            VARCHAR(200) NOT NULL,
  community           VARCHAR(200) NOT NULL,
  CONSTRAINT gov_resource_pk PRIMARY KEY (agreement, position),
  CONSTRAINT gov_resource_uq UNIQUE (resource, agreement)
);

CREATE INDEX gov_resource_community_ix ON gov_resource (community);

CREATE TABLE gov_agreement_post (
  agreement           VARCHAR(200) NOT NULL,
  position            INTEGER      NOT NULL,
  post                VARCHAR(200) NOT NULL,
  CONSTRAINT gov_agreement_post_pk PRIMARY KEY (agreement, position)
);

CREATE TABLE gov_agreement_integration (
  agreement           VARCHAR(200) NOT NULL,
  integration         VARCHAR(100) NOT NULL,
  CONSTRAINT gov_agreement_integration_pk PRIMARY KEY (agreement, integration)
);

CREATE INDEX gov_agreement_integration_ix ON gov_agreement_integration (integration);
