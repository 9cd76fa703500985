-- DropIndex
DROP INDEX "Person_workspaceId_nextDueAt_idx";

-- CreateIndex
CREATE INDEX "Person_workspaceId_nextDueAt_id_idx" ON "Person"("workspaceId", "nextDueAt", "id");
