-- AlterEnum
ALTER TYPE "MentorshipStatus" ADD VALUE 'withdrawn';
