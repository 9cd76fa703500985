-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('message', 'note', 'comment');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('pending', 'accepted', 'declined');

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "agreedAt" TIMESTAMP(3),
ADD COLUMN     "notNeededAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Pathway" ADD COLUMN     "goalConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "goalConfirmedById" TEXT,
ADD COLUMN     "goalProposedAt" TIMESTAMP(3),
ADD COLUMN     "goalProposedById" TEXT;

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "pathwayId" TEXT NOT NULL,
    "milestoneId" TEXT,
    "signalKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "EvidenceKind" NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneSuggestion" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "pathwayId" TEXT NOT NULL,
    "managerId" TEXT,
    "title" TEXT NOT NULL,
    "kind" "MilestoneKind" NOT NULL DEFAULT 'other',
    "dueDate" DATE NOT NULL,
    "signalKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "note" TEXT,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'pending',
    "milestoneId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MilestoneSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Evidence_pathwayId_createdAt_idx" ON "Evidence"("pathwayId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_personId_idx" ON "Evidence"("personId");

-- CreateIndex
CREATE INDEX "Evidence_milestoneId_idx" ON "Evidence"("milestoneId");

-- CreateIndex
CREATE INDEX "MilestoneSuggestion_personId_status_idx" ON "MilestoneSuggestion"("personId", "status");

-- CreateIndex
CREATE INDEX "MilestoneSuggestion_managerId_idx" ON "MilestoneSuggestion"("managerId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneSuggestion" ADD CONSTRAINT "MilestoneSuggestion_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneSuggestion" ADD CONSTRAINT "MilestoneSuggestion_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneSuggestion" ADD CONSTRAINT "MilestoneSuggestion_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Goals reached before moves needed confirming count as confirmed moves, on the day they ended.
UPDATE "Pathway" SET "goalConfirmedAt" = "endedAt" WHERE "status" = 'reached' AND "goalConfirmedAt" IS NULL;
