-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "dueVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nextDueAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Person_workspaceId_nextDueAt_idx" ON "Person"("workspaceId", "nextDueAt");

-- Written by hand: every change to a fact the scheduler plans from makes the people it concerns due at once
-- (nextDueAt NULL), and bumps dueVersion so that a tick which read the older facts cannot store a later
-- instant over it. In the database, so that no write path (services, imports, scripts) can forget it.
-- What concerns whom (src/domain/schedule/plan.ts): a milestone its owner. A pathway or a check-in its
-- owner and their manager (the weekly digest). A person's zone, manager link, absence, pause, settings or
-- deactivation: themselves, their old and new manager, and their reports (reminders about a report go to
-- the manager). A workspace's hours, cadence, default settings or installation: everyone in it.
-- Function bodies are E'' strings with \x3B for semicolons: Prisma's JavaScript adapters split a migration
-- script at every semicolon before running it.

CREATE FUNCTION "pathway_mark_due"("ids" TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Person" SET "nextDueAt" = NULL, "dueVersion" = "dueVersion" + 1 WHERE "id" = ANY("ids")
$$;

CREATE FUNCTION "pathway_milestones_added"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "pathway_mark_due"(ARRAY(SELECT DISTINCT p."personId" FROM "Pathway" p JOIN "new_rows" m ON m."pathwayId" = p."id"))\x3B
  RETURN NULL\x3B
END';

CREATE FUNCTION "pathway_milestones_removed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "pathway_mark_due"(ARRAY(SELECT DISTINCT p."personId" FROM "Pathway" p JOIN "old_rows" m ON m."pathwayId" = p."id"))\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Milestone_due_insert" AFTER INSERT ON "Milestone" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_milestones_added"();
CREATE TRIGGER "Milestone_due_update" AFTER UPDATE ON "Milestone" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_milestones_added"();
CREATE TRIGGER "Milestone_due_delete" AFTER DELETE ON "Milestone" REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_milestones_removed"();

-- Pathways and check-ins (rows keep their personId): the owner and the owner's manager.
CREATE FUNCTION "pathway_owned_added"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "pathway_mark_due"(ARRAY(
    SELECT n."personId" FROM "new_rows" n
    UNION SELECT p."managerId" FROM "Person" p JOIN "new_rows" n ON n."personId" = p."id" WHERE p."managerId" IS NOT NULL))\x3B
  RETURN NULL\x3B
END';

CREATE FUNCTION "pathway_owned_removed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "pathway_mark_due"(ARRAY(
    SELECT o."personId" FROM "old_rows" o
    UNION SELECT p."managerId" FROM "Person" p JOIN "old_rows" o ON o."personId" = p."id" WHERE p."managerId" IS NOT NULL))\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Pathway_due_insert" AFTER INSERT ON "Pathway" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_owned_added"();
CREATE TRIGGER "Pathway_due_update" AFTER UPDATE ON "Pathway" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_owned_added"();
CREATE TRIGGER "Pathway_due_delete" AFTER DELETE ON "Pathway" REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_owned_removed"();
CREATE TRIGGER "CheckIn_due_insert" AFTER INSERT ON "CheckIn" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_owned_added"();
CREATE TRIGGER "CheckIn_due_update" AFTER UPDATE ON "CheckIn" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_owned_added"();
CREATE TRIGGER "CheckIn_due_delete" AFTER DELETE ON "CheckIn" REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_owned_removed"();

-- A person's own facts: the row itself (before it is written), then their managers and reports.
CREATE FUNCTION "pathway_person_due"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."nextDueAt" := NULL\x3B
  NEW."dueVersion" := OLD."dueVersion" + 1\x3B
  RETURN NEW\x3B
END';

CREATE TRIGGER "Person_due_self" BEFORE UPDATE ON "Person" FOR EACH ROW
  WHEN ((OLD."workspaceId", OLD."timeZone", OLD."managerId", OLD."deactivatedAt", OLD."awayFrom", OLD."awayUntil",
         OLD."nudgesPausedAt", OLD."mutedKinds", OLD."nudgeSettingsSavedAt")
        IS DISTINCT FROM
        (NEW."workspaceId", NEW."timeZone", NEW."managerId", NEW."deactivatedAt", NEW."awayFrom", NEW."awayUntil",
         NEW."nudgesPausedAt", NEW."mutedKinds", NEW."nudgeSettingsSavedAt"))
  EXECUTE FUNCTION "pathway_person_due"();

-- The updates made by these triggers only touch nextDueAt and dueVersion: nothing further to mark (depth > 1).
CREATE FUNCTION "pathway_people_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN NULL\x3B
  END IF\x3B
  PERFORM "pathway_mark_due"(ARRAY(
    WITH "changed" AS (
      SELECT n."id", n."managerId" AS "newManagerId", o."managerId" AS "oldManagerId"
      FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
      WHERE (o."workspaceId", o."timeZone", o."managerId", o."deactivatedAt", o."awayFrom", o."awayUntil",
             o."nudgesPausedAt", o."mutedKinds", o."nudgeSettingsSavedAt")
            IS DISTINCT FROM
            (n."workspaceId", n."timeZone", n."managerId", n."deactivatedAt", n."awayFrom", n."awayUntil",
             n."nudgesPausedAt", n."mutedKinds", n."nudgeSettingsSavedAt")
    )
    SELECT "newManagerId" FROM "changed" WHERE "newManagerId" IS NOT NULL
    UNION SELECT "oldManagerId" FROM "changed" WHERE "oldManagerId" IS NOT NULL
    UNION SELECT r."id" FROM "Person" r JOIN "changed" c ON r."managerId" = c."id"))\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Person_due_related" AFTER UPDATE ON "Person" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "pathway_people_changed"();

CREATE FUNCTION "pathway_workspace_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Person" SET "nextDueAt" = NULL, "dueVersion" = "dueVersion" + 1 WHERE "workspaceId" = NEW."id"\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Workspace_due" AFTER UPDATE ON "Workspace" FOR EACH ROW
  WHEN ((OLD."checkInCadenceDays", OLD."workdayStartHour", OLD."workdayEndHour", OLD."workingDays",
         OLD."nudgeKindsOffByDefault", OLD."uninstalledAt")
        IS DISTINCT FROM
        (NEW."checkInCadenceDays", NEW."workdayStartHour", NEW."workdayEndHour", NEW."workingDays",
         NEW."nudgeKindsOffByDefault", NEW."uninstalledAt"))
  EXECUTE FUNCTION "pathway_workspace_changed"();
