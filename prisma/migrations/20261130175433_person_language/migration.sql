-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "language" TEXT;
