-- CreateTable
CREATE TABLE "SendPace" (
    "key" TEXT NOT NULL,
    "nextAt" BIGINT NOT NULL,

    CONSTRAINT "SendPace_pkey" PRIMARY KEY ("key")
);
