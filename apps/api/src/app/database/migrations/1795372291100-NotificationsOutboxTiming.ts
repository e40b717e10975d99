import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsOutboxTiming1795372291100 implements MigrationInterface {
  name = 'NotificationsOutboxTiming1795372291100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "batch_id" uuid, "params" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_notification_user_unread" ON "notification"  ("user_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_notification_user_created" ON "notification"  ("user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "send_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "dedupe_key" character varying(200)`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_message_dedupe" ON "outbox_message"  ("dedupe_key") WHERE sent_at IS NULL AND dedupe_key IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_batch"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_dedupe"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "dedupe_key"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "send_after"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_user_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
