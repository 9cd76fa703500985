-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';
