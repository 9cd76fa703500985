-- AlterEnum
ALTER TYPE "CelebrationKind" ADD VALUE 'thanks';

-- AlterEnum
ALTER TYPE "EvidenceKind" ADD VALUE 'thanks';

-- CreateTable
CREATE TABLE "FeedbackRequest" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "pathwayId" TEXT NOT NULL,
    "colleagueId" TEXT,
    "signalKeys" TEXT[],
    "named" BOOLEAN NOT NULL DEFAULT false,
    "answeredAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "signalKey" TEXT NOT NULL,
    "rating" INTEGER,
    "comment" TEXT,

    CONSTRAINT "FeedbackAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeedbackRequest_personId_answeredAt_idx" ON "FeedbackRequest"("personId", "answeredAt");

-- CreateIndex
CREATE INDEX "FeedbackRequest_pathwayId_idx" ON "FeedbackRequest"("pathwayId");

-- CreateIndex
CREATE INDEX "FeedbackRequest_colleagueId_idx" ON "FeedbackRequest"("colleagueId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackAnswer_requestId_signalKey_key" ON "FeedbackAnswer"("requestId", "signalKey");

-- AddForeignKey
ALTER TABLE "FeedbackRequest" ADD CONSTRAINT "FeedbackRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRequest" ADD CONSTRAINT "FeedbackRequest_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRequest" ADD CONSTRAINT "FeedbackRequest_colleagueId_fkey" FOREIGN KEY ("colleagueId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "FeedbackRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
