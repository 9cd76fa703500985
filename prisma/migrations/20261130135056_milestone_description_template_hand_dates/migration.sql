-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "description" TEXT,
ADD COLUMN     "dueSetByHand" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "templateKey" TEXT;
