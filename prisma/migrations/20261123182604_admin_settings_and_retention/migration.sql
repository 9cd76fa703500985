-- CreateEnum
CREATE TYPE "ManagerRequestStatus" AS ENUM ('pending', 'accepted', 'declined', 'superseded');

-- CreateEnum
CREATE TYPE "CelebrationConsent" AS ENUM ('ask', 'always', 'never');

-- CreateEnum
CREATE TYPE "CelebrationKind" AS ENUM ('milestone', 'goal', 'streak');

-- CreateEnum
CREATE TYPE "CelebrationStatus" AS ENUM ('awaiting_consent', 'queued', 'declined', 'removed', 'undeliverable');

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "calibratedById" TEXT;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "nudgesSnoozedUntil" DATE;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "dropReason" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "awayFrom" DATE,
ADD COLUMN     "awayUntil" DATE,
ADD COLUMN     "celebrationChannelId" TEXT,
ADD COLUMN     "celebrationConsent" "CelebrationConsent" NOT NULL DEFAULT 'ask',
ADD COLUMN     "mutedKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "nudgesPausedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "deactivatedRetentionDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "nudgeKindsOffByDefault" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "uninstalledAt" TIMESTAMP(3),
ADD COLUMN     "winsDigestHour" INTEGER NOT NULL DEFAULT 15,
ADD COLUMN     "winsDigestWeekday" INTEGER NOT NULL DEFAULT 5;

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
ALTER TABLE "ManagerRequest" ADD CONSTRAINT "ManagerRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagerRequest" ADD CONSTRAINT "ManagerRequest_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Celebration" ADD CONSTRAINT "Celebration_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Celebration" ADD CONSTRAINT "Celebration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamCelebrationChannel" ADD CONSTRAINT "TeamCelebrationChannel_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
