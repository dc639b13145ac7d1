-- Applied commands no longer move a head version (ADR 0040). A stream's version is the number of
-- its events, and the optimistic check is the unique (rule, stream_id, stream_version) of
-- gov_event: a writer that decided on an old version fails to insert the next one. gov_stream
-- keeps one row per stream, written when the stream's first event is, so that the streams can be
-- listed and a retry can lock the streams it decides on. Portable DDL, unchanged on MySQL 8 and
-- the PostgreSQL derivatives.

ALTER TABLE gov_stream DROP COLUMN version;
