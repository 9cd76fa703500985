-- CreateEnum
CREATE TYPE "PathwayStatus" AS ENUM ('active', 'reached', 'changed', 'abandoned');

-- CreateEnum
CREATE TYPE "MoveKind" AS ENUM ('ladder', 'lattice');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('course', 'project', 'mentoring', 'certification', 'exposure', 'other');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sending', 'sent', 'failed', 'dropped');

-- CreateEnum
CREATE TYPE "ManagerRequestStatus" AS ENUM ('pending', 'accepted', 'declined', 'superseded');

-- CreateEnum
CREATE TYPE "CelebrationConsent" AS ENUM ('ask', 'always', 'never');

-- CreateEnum
CREATE TYPE "CelebrationKind" AS ENUM ('milestone', 'goal', 'streak');

-- CreateEnum
CREATE TYPE "CelebrationStatus" AS ENUM ('awaiting_consent', 'queued', 'declined', 'removed', 'undeliverable');

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "slackTeamId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "name" TEXT,
    "celebrationChannelId" TEXT,
    "checkInCadenceDays" INTEGER NOT NULL DEFAULT 28,
    "workdayStartHour" INTEGER NOT NULL DEFAULT 9,
    "workdayEndHour" INTEGER NOT NULL DEFAULT 17,
    "workingDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
    "minReportGroupSize" INTEGER NOT NULL DEFAULT 5,
    "nudgeKindsOffByDefault" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "deactivatedRetentionDays" INTEGER NOT NULL DEFAULT 30,
    "winsDigestWeekday" INTEGER NOT NULL DEFAULT 5,
    "winsDigestHour" INTEGER NOT NULL DEFAULT 15,
    "uninstalledAt" TIMESTAMP(3),
    "activeFrameworkId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "displayName" TEXT,
    "email" TEXT,
    "timeZone" TEXT,
    "team" TEXT,
    "currentRoleKey" TEXT,
    "managerId" TEXT,
    "deactivatedAt" TIMESTAMP(3),
    "profileSyncedAt" TIMESTAMP(3),
    "awayFrom" DATE,
    "awayUntil" DATE,
    "nudgesPausedAt" TIMESTAMP(3),
    "mutedKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "nudgeSettingsSavedAt" TIMESTAMP(3),
    "celebrationConsent" "CelebrationConsent" NOT NULL DEFAULT 'ask',
    "celebrationChannelId" TEXT,
    "isSlackAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "loadedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pathway" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "fromRoleKey" TEXT NOT NULL,
    "goalRoleKey" TEXT NOT NULL,
    "moveKind" "MoveKind" NOT NULL,
    "targetDate" DATE NOT NULL,
    "status" "PathwayStatus" NOT NULL DEFAULT 'active',
    "activeForPersonId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pathway_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "pathwayId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "MilestoneKind" NOT NULL DEFAULT 'other',
    "dueDate" DATE NOT NULL,
    "link" TEXT,
    "signalKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "doneAt" TIMESTAMP(3),
    "evidence" TEXT,
    "nudgesSnoozedUntil" DATE,
    "evidenceLink" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "pathwayId" TEXT,
    "frameworkVersionId" TEXT NOT NULL,
    "goalRoleKey" TEXT NOT NULL,
    "managerComment" TEXT,
    "calibratedAt" TIMESTAMP(3),
    "calibratedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInRating" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "signalKey" TEXT NOT NULL,
    "selfRating" INTEGER NOT NULL,
    "example" TEXT,
    "managerRating" INTEGER,

    CONSTRAINT "CheckInRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "dropReason" TEXT,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "slackTs" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "actorSlackUserId" TEXT,
    "action" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Installation" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "teamName" TEXT,
    "appId" TEXT,
    "botId" TEXT,
    "botUserId" TEXT NOT NULL,
    "botScopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "botTokenSealed" TEXT,
    "botRefreshTokenSealed" TEXT,
    "botTokenExpiresAt" TIMESTAMP(3),
    "installerUserId" TEXT,
    "installedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Installation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandledEvent" (
    "eventId" TEXT NOT NULL,
    "teamId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandledEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "ManagerRequest" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "status" "ManagerRequestStatus" NOT NULL DEFAULT 'pending',
    "pendingForPersonId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagerRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Celebration" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "CelebrationKind" NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "achievement" TEXT NOT NULL,
    "towardRole" TEXT,
    "channelId" TEXT,
    "status" "CelebrationStatus" NOT NULL DEFAULT 'awaiting_consent',
    "queuedAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Celebration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamCelebrationChannel" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamCelebrationChannel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slackTeamId_key" ON "Workspace"("slackTeamId");

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_activeFrameworkId_key" ON "Workspace"("activeFrameworkId");

-- CreateIndex
CREATE INDEX "Person_managerId_idx" ON "Person"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_workspaceId_slackUserId_key" ON "Person"("workspaceId", "slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_workspaceId_version_key" ON "FrameworkVersion"("workspaceId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Pathway_activeForPersonId_key" ON "Pathway"("activeForPersonId");

-- CreateIndex
CREATE INDEX "Pathway_personId_status_idx" ON "Pathway"("personId", "status");

-- CreateIndex
CREATE INDEX "Milestone_dueDate_doneAt_idx" ON "Milestone"("dueDate", "doneAt");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_pathwayId_position_key" ON "Milestone"("pathwayId", "position");

-- CreateIndex
CREATE INDEX "CheckIn_personId_createdAt_idx" ON "CheckIn"("personId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInRating_checkInId_signalKey_key" ON "CheckInRating"("checkInId", "signalKey");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_notBefore_idx" ON "OutboxMessage"("status", "notBefore");

-- CreateIndex
CREATE INDEX "AuditLog_workspaceId_createdAt_idx" ON "AuditLog"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Installation_teamId_key" ON "Installation"("teamId");

-- CreateIndex
CREATE INDEX "HandledEvent_receivedAt_idx" ON "HandledEvent"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ManagerRequest_pendingForPersonId_key" ON "ManagerRequest"("pendingForPersonId");

-- CreateIndex
CREATE INDEX "ManagerRequest_managerId_status_idx" ON "ManagerRequest"("managerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Celebration_subjectKey_key" ON "Celebration"("subjectKey");

-- CreateIndex
CREATE INDEX "Celebration_workspaceId_status_queuedAt_idx" ON "Celebration"("workspaceId", "status", "queuedAt");

-- CreateIndex
CREATE INDEX "Celebration_personId_idx" ON "Celebration"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamCelebrationChannel_workspaceId_team_key" ON "TeamCelebrationChannel"("workspaceId", "team");

-- AddForeignKey
ALTER TABLE "Workspace" ADD CONSTRAINT "Workspace_activeFrameworkId_fkey" FOREIGN KEY ("activeFrameworkId") REFERENCES "FrameworkVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pathway" ADD CONSTRAINT "Pathway_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pathway" ADD CONSTRAINT "Pathway_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRating" ADD CONSTRAINT "CheckInRating_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagerRequest" ADD CONSTRAINT "ManagerRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagerRequest" ADD CONSTRAINT "ManagerRequest_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Celebration" ADD CONSTRAINT "Celebration_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Celebration" ADD CONSTRAINT "Celebration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamCelebrationChannel" ADD CONSTRAINT "TeamCelebrationChannel_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
