import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeed1795370036297 implements MigrationInterface {
  name = 'CalendarFeed1795370036297';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "calendar_token" character varying(64)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_calendar_token" ON "app_user"  ("calendar_token") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_user_calendar_token"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "calendar_token"`);
  }
}
