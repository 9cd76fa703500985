-- CreateEnum
CREATE TYPE "MentorOfferStatus" AS ENUM ('active', 'paused', 'withdrawn');

-- CreateEnum
CREATE TYPE "MentorshipStatus" AS ENUM ('requested', 'active', 'declined', 'ended');

-- AlterEnum
ALTER TYPE "EvidenceKind" ADD VALUE 'mentoring';

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "mentorSuggestionsCrossTeams" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "mentoringEnabled" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "MentorOffer" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "roleKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "signalKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "status" "MentorOfferStatus" NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentorOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mentorship" (
    "id" TEXT NOT NULL,
    "menteeId" TEXT,
    "mentorId" TEXT,
    "goalRoleKey" TEXT NOT NULL,
    "status" "MentorshipStatus" NOT NULL DEFAULT 'requested',
    "cadenceWeeks" INTEGER NOT NULL DEFAULT 3,
    "groupChannelId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "nextCheckInOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mentorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentoringSession" (
    "id" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "loggedById" TEXT,
    "evidenceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentoringSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MentorOffer_personId_key" ON "MentorOffer"("personId");

-- CreateIndex
CREATE INDEX "Mentorship_menteeId_status_idx" ON "Mentorship"("menteeId", "status");

-- CreateIndex
CREATE INDEX "Mentorship_mentorId_status_idx" ON "Mentorship"("mentorId", "status");

-- CreateIndex
CREATE INDEX "Mentorship_status_nextCheckInOn_idx" ON "Mentorship"("status", "nextCheckInOn");

-- CreateIndex
CREATE UNIQUE INDEX "MentoringSession_mentorshipId_dueOn_key" ON "MentoringSession"("mentorshipId", "dueOn");

-- AddForeignKey
ALTER TABLE "MentorOffer" ADD CONSTRAINT "MentorOffer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringSession" ADD CONSTRAINT "MentoringSession_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringSession" ADD CONSTRAINT "MentoringSession_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
