-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "conversationDueAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Person_conversationDueAt_idx" ON "Person"("conversationDueAt");

-- Written by hand: Person.conversationDueAt is recomputed in the database on every change to a fact the
-- cadence check reads (a conversation planned, held or removed, a pathway started or ended, a manager link or
-- deactivation, the cadence or installation of the workspace), so no write path can forget it, and a tick reads
-- only the people whose instant has come. Null: not due until a fact changes (no active pathway, no current
-- manager, a conversation planned), or already invited for this due date (the cadence check clears it).
-- Function bodies are E'' strings with \x3B for semicolons: Prisma's JavaScript adapters split a migration
-- script at every semicolon before running it.

CREATE FUNCTION "pathway_conversation_due"("ids" TEXT[]) RETURNS void LANGUAGE sql AS $$
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
    WHERE p."id" = ANY("ids")
  ) AS d
  WHERE t."id" = d."id" AND t."conversationDueAt" IS DISTINCT FROM d."at"
$$;

-- Conversations and pathways keep their personId: the person they are about.
CREATE FUNCTION "pathway_conversation_facts_added"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "pathway_conversation_due"(ARRAY(SELECT DISTINCT n."personId" FROM "new_rows" n))\x3B
  RETURN NULL\x3B
END';

CREATE FUNCTION "pathway_conversation_facts_removed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "pathway_conversation_due"(ARRAY(SELECT DISTINCT o."personId" FROM "old_rows" o))\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Conversation_cadence_insert" AFTER INSERT ON "Conversation" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_conversation_facts_added"();
CREATE TRIGGER "Conversation_cadence_update" AFTER UPDATE ON "Conversation" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_conversation_facts_added"();
CREATE TRIGGER "Conversation_cadence_delete" AFTER DELETE ON "Conversation" REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_conversation_facts_removed"();
CREATE TRIGGER "Pathway_cadence_insert" AFTER INSERT ON "Pathway" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_conversation_facts_added"();
CREATE TRIGGER "Pathway_cadence_update" AFTER UPDATE ON "Pathway" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_conversation_facts_added"();
CREATE TRIGGER "Pathway_cadence_delete" AFTER DELETE ON "Pathway" REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_conversation_facts_removed"();

-- A person's manager link, deactivation or workspace: themselves and their reports (whose manager it is).
-- The recomputation itself changes none of these columns, so it finds nothing more to do.
CREATE FUNCTION "pathway_conversation_people_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  "ids" TEXT[]\x3B
BEGIN
  "ids" := ARRAY(
    WITH "changed" AS (
      SELECT n."id" FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
      WHERE (o."workspaceId", o."managerId", o."deactivatedAt") IS DISTINCT FROM (n."workspaceId", n."managerId", n."deactivatedAt")
    )
    SELECT "id" FROM "changed"
    UNION SELECT r."id" FROM "Person" r JOIN "changed" c ON r."managerId" = c."id")\x3B
  -- A statement trigger fires even for no rows: calling it with nothing would recurse without end.
  IF cardinality("ids") > 0 THEN
    PERFORM "pathway_conversation_due"("ids")\x3B
  END IF\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Person_cadence" AFTER UPDATE ON "Person" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_conversation_people_changed"();

CREATE FUNCTION "pathway_conversation_workspace_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "pathway_conversation_due"(ARRAY(SELECT p."id" FROM "Person" p WHERE p."workspaceId" = NEW."id"))\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Workspace_cadence" AFTER UPDATE ON "Workspace" FOR EACH ROW
  WHEN ((OLD."conversationCadenceDays", OLD."uninstalledAt") IS DISTINCT FROM (NEW."conversationCadenceDays", NEW."uninstalledAt"))
  EXECUTE FUNCTION "pathway_conversation_workspace_changed"();

-- Everyone as of now.
SELECT "pathway_conversation_due"(ARRAY(SELECT "id" FROM "Person"));
