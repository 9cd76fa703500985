-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('scheduled', 'held', 'cancelled');

-- CreateEnum
CREATE TYPE "ConversationOrigin" AS ENUM ('person', 'manager', 'cadence');

-- CreateEnum
CREATE TYPE "ConversationActionOwner" AS ENUM ('person', 'manager');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "conversationCadenceDays" INTEGER NOT NULL DEFAULT 42;

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "managerId" TEXT,
    "origin" "ConversationOrigin" NOT NULL,
    "status" "ConversationStatus" NOT NULL DEFAULT 'scheduled',
    "scheduledOn" DATE NOT NULL,
    "heldAt" TIMESTAMP(3),
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationAgendaItem" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationAction" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "owner" "ConversationActionOwner" NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "milestoneId" TEXT,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Conversation_personId_status_idx" ON "Conversation"("personId", "status");

-- CreateIndex
CREATE INDEX "Conversation_managerId_status_idx" ON "Conversation"("managerId", "status");

-- CreateIndex
CREATE INDEX "ConversationAgendaItem_conversationId_idx" ON "ConversationAgendaItem"("conversationId");

-- CreateIndex
CREATE INDEX "ConversationAction_conversationId_idx" ON "ConversationAction"("conversationId");

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationAgendaItem" ADD CONSTRAINT "ConversationAgendaItem_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationAgendaItem" ADD CONSTRAINT "ConversationAgendaItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationAction" ADD CONSTRAINT "ConversationAction_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationAction" ADD CONSTRAINT "ConversationAction_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;
