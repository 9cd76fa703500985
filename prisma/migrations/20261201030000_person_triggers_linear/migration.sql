-- Written by hand: the two statement triggers on "Person" found the changed rows by joining the statement's
-- old and new rows. PostgreSQL cannot estimate a transition table, planned that join as a nested loop, and an
-- update of n people cost n² comparisons: 5,000 people (a workspace's hours changed, a bulk import) took 6 s,
-- 100,000 would take most of an hour. The changed rows are now the new rows that no old row equals (EXCEPT
-- hashes or sorts both sides once, and treats NULLs as equal, as IS DISTINCT FROM did), and their old managers
-- the old rows that no new row equals. What each trigger marks is unchanged.
-- Function bodies are E'' strings with \x3B for semicolons: Prisma's JavaScript adapters split a migration
-- script at every semicolon before running it.

CREATE OR REPLACE FUNCTION "pathway_people_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN NULL\x3B
  END IF\x3B
  PERFORM "pathway_mark_due"(ARRAY(
    WITH "after" AS (
      SELECT "id", "workspaceId", "timeZone", "managerId", "deactivatedAt", "awayFrom", "awayUntil",
             "nudgesPausedAt", "mutedKinds", "nudgeSettingsSavedAt" FROM "new_rows"
      EXCEPT
      SELECT "id", "workspaceId", "timeZone", "managerId", "deactivatedAt", "awayFrom", "awayUntil",
             "nudgesPausedAt", "mutedKinds", "nudgeSettingsSavedAt" FROM "old_rows"
    ), "before" AS (
      SELECT "id", "workspaceId", "timeZone", "managerId", "deactivatedAt", "awayFrom", "awayUntil",
             "nudgesPausedAt", "mutedKinds", "nudgeSettingsSavedAt" FROM "old_rows"
      EXCEPT
      SELECT "id", "workspaceId", "timeZone", "managerId", "deactivatedAt", "awayFrom", "awayUntil",
             "nudgesPausedAt", "mutedKinds", "nudgeSettingsSavedAt" FROM "new_rows"
    )
    SELECT "managerId" FROM "after" WHERE "managerId" IS NOT NULL
    UNION SELECT "managerId" FROM "before" WHERE "managerId" IS NOT NULL
    UNION SELECT r."id" FROM "Person" r JOIN "after" c ON r."managerId" = c."id"))\x3B
  RETURN NULL\x3B
END';

CREATE OR REPLACE FUNCTION "pathway_conversation_people_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  "ids" TEXT[]\x3B
BEGIN
  "ids" := ARRAY(
    WITH "changed" AS (
      SELECT "id", "workspaceId", "managerId", "deactivatedAt" FROM "new_rows"
      EXCEPT
      SELECT "id", "workspaceId", "managerId", "deactivatedAt" FROM "old_rows"
    )
    SELECT "id" FROM "changed"
    UNION SELECT r."id" FROM "Person" r JOIN "changed" c ON r."managerId" = c."id")\x3B
  -- A statement trigger fires even for no rows: calling it with nothing would recurse without end.
  IF cardinality("ids") > 0 THEN
    PERFORM "pathway_conversation_due"("ids")\x3B
  END IF\x3B
  RETURN NULL\x3B
END';

-- The people to mark arrive as an array. `"id" = ANY("ids")` is a linear search of the array for every row
-- when PostgreSQL scans the table (as it does once the array is long): 5,000 people given managers at once
-- cost 50 million comparisons. Joined to the array's rows instead, each person is found once (by index or hash).
CREATE OR REPLACE FUNCTION "pathway_mark_due"("ids" TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Person" SET "nextDueAt" = NULL, "dueVersion" = "dueVersion" + 1 WHERE "id" IN (SELECT unnest("ids"))
$$;

CREATE OR REPLACE FUNCTION "pathway_conversation_due"("ids" TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Person" AS t SET "conversationDueAt" = d."at"
  FROM (
    SELECT p."id",
      CASE WHEN p."deactivatedAt" IS NULL AND m."id" IS NOT NULL AND m."deactivatedAt" IS NULL
             AND w."uninstalledAt" IS NULL AND pw."id" IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM "Conversation" c WHERE c."personId" = p."id" AND c."status" = 'scheduled')
      THEN COALESCE((SELECT max(c."heldAt") FROM "Conversation" c WHERE c."personId" = p."id" AND c."status" = 'held'), pw."startedAt")
           + make_interval(days => w."conversationCadenceDays")
      END AS "at"
    FROM "Person" p
    JOIN "Workspace" w ON w."id" = p."workspaceId"
    LEFT JOIN "Person" m ON m."id" = p."managerId"
    LEFT JOIN "Pathway" pw ON pw."activeForPersonId" = p."id"
    WHERE p."id" IN (SELECT unnest("ids"))
  ) AS d
  WHERE t."id" = d."id" AND t."conversationDueAt" IS DISTINCT FROM d."at"
$$;
