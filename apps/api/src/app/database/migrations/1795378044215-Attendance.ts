import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attendance1795378044215 implements MigrationInterface {
  name = 'Attendance1795378044215';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "attendance_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "batch_id" uuid NOT NULL, "unit_key" character varying(36) NOT NULL, "user_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "method" character varying(10) NOT NULL, "offline" boolean NOT NULL DEFAULT false, "checked_in_at" TIMESTAMP WITH TIME ZONE, "reason" text, "evidence_key" character varying(200), "evidence_type" character varying(50), "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_attendance_record_status" CHECK ("status" IN ('hadir', 'terlambat', 'izin', 'sakit', 'alpa')), CONSTRAINT "PK_c23131acc63826e373019447965" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_attendance_record_user" ON "attendance_record"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_attendance_record_unit_user" ON "attendance_record"  ("batch_id", "unit_key", "user_id") `);
    await queryRunner.query(`CREATE TABLE "check_in_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eca7b3f948cc2ec8aabe8b48eb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_check_in_failure_user" ON "check_in_failure"  ("user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "batch" ADD "attendance_mode" character varying(10) NOT NULL DEFAULT 'session'`);
    await queryRunner.query(`ALTER TABLE "batch" ADD "check_in_opens_before_minutes" integer NOT NULL DEFAULT '30'`);
    await queryRunner.query(`ALTER TABLE "batch" ADD "check_in_closes_after_minutes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "batch" ADD "check_in_late_after_minutes" integer NOT NULL DEFAULT '15'`);
    await queryRunner.query(`ALTER TABLE "attendance_record" ADD CONSTRAINT "fk_attendance_record_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_record" ADD CONSTRAINT "fk_attendance_record_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attendance_record" DROP CONSTRAINT "fk_attendance_record_user"`);
    await queryRunner.query(`ALTER TABLE "attendance_record" DROP CONSTRAINT "fk_attendance_record_batch"`);
    await queryRunner.query(`ALTER TABLE "batch" DROP COLUMN "check_in_late_after_minutes"`);
    await queryRunner.query(`ALTER TABLE "batch" DROP COLUMN "check_in_closes_after_minutes"`);
    await queryRunner.query(`ALTER TABLE "batch" DROP COLUMN "check_in_opens_before_minutes"`);
    await queryRunner.query(`ALTER TABLE "batch" DROP COLUMN "attendance_mode"`);
    await queryRunner.query(`DROP INDEX "public"."ix_check_in_failure_user"`);
    await queryRunner.query(`DROP TABLE "check_in_failure"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attendance_record_unit_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_record_user"`);
    await queryRunner.query(`DROP TABLE "attendance_record"`);
  }
}
