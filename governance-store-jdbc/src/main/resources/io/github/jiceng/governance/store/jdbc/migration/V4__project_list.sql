-- The project list of the five lists (ADR 0041): one row per project of a community's project
-- register (one stream per community, its id the community's grid id), with its stage, its channel
-- decision once taken, its budget and what its services cost; beside it the demands it groups, the
-- services delivered under it and their outcomes, each in the order recorded. Kept by the read model
-- ProjectList in the transaction that appends the register's events.
--
-- Portable DDL: standard types only; instants as ISO-8601 text in UTC, money as BIGINT fen. On MySQL 8
-- and the PostgreSQL derivatives the script runs unchanged.

CREATE TABLE gov_project (
  community       VARCHAR(200) NOT NULL,
  project         VARCHAR(200) NOT NULL,
  name            VARCHAR(400) NOT NULL,
  pillar          VARCHAR(100) NOT NULL,
  budget_fen      BIGINT       NOT NULL,
  stage           VARCHAR(20)  NOT NULL,
  since           VARCHAR(40)  NOT NULL,
  proposed_at     VARCHAR(40)  NOT NULL,
  channel         VARCHAR(20),
  claimant        VARCHAR(200),
  resource        VARCHAR(200),
  price_fen       BIGINT,
  taken_at        VARCHAR(40),
  spent_fen       BIGINT       NOT NULL,
  CONSTRAINT gov_project_pk PRIMARY KEY (community, project),
  CONSTRAINT gov_project_stage_ck CHECK (stage IN ('PROPOSED', 'PUT_TO_UNITS', 'TAKEN', 'CLOSED', 'WITHDRAWN'))
);

CREATE INDEX gov_project_claimant_ix ON gov_project (claimant);

CREATE TABLE gov_project_demand (
  community       VARCHAR(200) NOT NULL,
  project         VARCHAR(200) NOT NULL,
  position        INTEGER      NOT NULL,
  demand          VARCHAR(200) NOT NULL,
  CONSTRAINT gov_project_demand_pk PRIMARY KEY (community, project, position)
);

CREATE INDEX gov_project_demand_ix ON gov_project_demand (demand);

CREATE TABLE gov_project_service (
  community       VARCHAR(200) NOT NULL,
  project         VARCHAR(200) NOT NULL,
  position        INTEGER      NOT NULL,
  service         VARCHAR(200) NOT NULL,
  cost_fen        BIGINT       NOT NULL,
  beneficiaries   INTEGER      NOT NULL,
  CONSTRAINT gov_project_service_pk PRIMARY KEY (community, project, position)
);

CREATE TABLE gov_project_outcome (
  community       VARCHAR(200) NOT NULL,
  project         VARCHAR(200) NOT NULL,
  position        INTEGER      NOT NULL,
  outcome         VARCHAR(200) NOT NULL,
  service         VARCHAR(200) NOT NULL,
  rating          INTEGER      NOT NULL,
  CONSTRAINT gov_project_outcome_pk PRIMARY KEY (community, project, position)
);
