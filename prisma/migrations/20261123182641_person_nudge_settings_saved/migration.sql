-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "nudgeSettingsSavedAt" TIMESTAMP(3);
