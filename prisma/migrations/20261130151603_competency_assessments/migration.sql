-- CreateTable
CREATE TABLE "CompetencyAssessment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "pathwayId" TEXT,
    "frameworkVersionId" TEXT NOT NULL,
    "goalRoleKey" TEXT NOT NULL,
    "competencyKey" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetencyAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompetencyAssessment_personId_createdAt_idx" ON "CompetencyAssessment"("personId", "createdAt");

-- AddForeignKey
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
