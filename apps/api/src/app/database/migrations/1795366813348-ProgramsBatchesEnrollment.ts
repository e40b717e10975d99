import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramsBatchesEnrollment1795366813348 implements MigrationInterface {
  name = 'ProgramsBatchesEnrollment1795366813348';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "program_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "jp" integer NOT NULL, "objectives" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_9055ffffaa2ced37034187c0526" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_program_module_program" ON "program_module"  ("program_id", "position") `);
    await queryRunner.query(`CREATE TABLE "program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "mode" character varying(20) NOT NULL, "year" integer NOT NULL, "description" text, "min_attendance_percent" integer NOT NULL, "passing_score" integer NOT NULL, "copied_from_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3bade5945afbafefdd26a3a29fb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_program_agency_year" ON "program"  ("agency_id", "year") `);
    await queryRunner.query(`CREATE TABLE "batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "number" integer NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "start_date" date NOT NULL, "end_date" date NOT NULL, "time_zone" character varying(20) NOT NULL DEFAULT 'Asia/Jakarta', "venue" character varying(300), "capacity" integer NOT NULL, "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "requires_approval" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_batch_capacity" CHECK ("capacity" > 0), CONSTRAINT "ck_batch_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "PK_57da3b830b57bec1fd329dcaf43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_batch_program_number" ON "batch"  ("program_id", "number") `);
    await queryRunner.query(`CREATE TABLE "batch_staff" ("batch_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, CONSTRAINT "pk_batch_staff" PRIMARY KEY ("batch_id", "user_id", "role"))`);
    await queryRunner.query(`CREATE TABLE "batch_unit" ("batch_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "quota" integer, CONSTRAINT "pk_batch_unit" PRIMARY KEY ("batch_id", "unit_id"))`);
    await queryRunner.query(`CREATE TABLE "enrollment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "batch_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, CONSTRAINT "PK_7e200c699fa93865cdcdd025885" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_enrollment_user" ON "enrollment"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_enrollment_batch_status" ON "enrollment"  ("batch_id", "status", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_enrollment_batch_user" ON "enrollment"  ("batch_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "timetable_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "batch_id" uuid NOT NULL, "module_id" uuid, "title" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "room" character varying(100), CONSTRAINT "ck_timetable_session_order" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_3a9312de0b66dba2e550eef6b18" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_timetable_session_batch" ON "timetable_session"  ("batch_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "timetable_session_trainer" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_f05683a7c5a99ef179abc102483" PRIMARY KEY ("session_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4e15bbbcaf349a2ddecc6a8416" ON "timetable_session_trainer"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_50eda537a1c7a3ab56e88b939d" ON "timetable_session_trainer"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "program_module" ADD CONSTRAINT "fk_program_module_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program" ADD CONSTRAINT "fk_program_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "batch" ADD CONSTRAINT "fk_batch_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "batch_staff" ADD CONSTRAINT "fk_batch_staff_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "batch_staff" ADD CONSTRAINT "fk_batch_staff_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "batch_unit" ADD CONSTRAINT "fk_batch_unit_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "batch_unit" ADD CONSTRAINT "fk_batch_unit_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollment" ADD CONSTRAINT "fk_enrollment_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollment" ADD CONSTRAINT "fk_enrollment_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "timetable_session" ADD CONSTRAINT "fk_timetable_session_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "timetable_session" ADD CONSTRAINT "fk_timetable_session_module" FOREIGN KEY ("module_id") REFERENCES "program_module"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "timetable_session_trainer" ADD CONSTRAINT "fk_session_trainer_session" FOREIGN KEY ("session_id") REFERENCES "timetable_session"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "timetable_session_trainer" ADD CONSTRAINT "fk_session_trainer_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timetable_session_trainer" DROP CONSTRAINT "fk_session_trainer_user"`);
    await queryRunner.query(`ALTER TABLE "timetable_session_trainer" DROP CONSTRAINT "fk_session_trainer_session"`);
    await queryRunner.query(`ALTER TABLE "timetable_session" DROP CONSTRAINT "fk_timetable_session_module"`);
    await queryRunner.query(`ALTER TABLE "timetable_session" DROP CONSTRAINT "fk_timetable_session_batch"`);
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "fk_enrollment_user"`);
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "fk_enrollment_batch"`);
    await queryRunner.query(`ALTER TABLE "batch_unit" DROP CONSTRAINT "fk_batch_unit_unit"`);
    await queryRunner.query(`ALTER TABLE "batch_unit" DROP CONSTRAINT "fk_batch_unit_batch"`);
    await queryRunner.query(`ALTER TABLE "batch_staff" DROP CONSTRAINT "fk_batch_staff_user"`);
    await queryRunner.query(`ALTER TABLE "batch_staff" DROP CONSTRAINT "fk_batch_staff_batch"`);
    await queryRunner.query(`ALTER TABLE "batch" DROP CONSTRAINT "fk_batch_program"`);
    await queryRunner.query(`ALTER TABLE "program" DROP CONSTRAINT "fk_program_agency"`);
    await queryRunner.query(`ALTER TABLE "program_module" DROP CONSTRAINT "fk_program_module_program"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_50eda537a1c7a3ab56e88b939d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e15bbbcaf349a2ddecc6a8416"`);
    await queryRunner.query(`DROP TABLE "timetable_session_trainer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_timetable_session_batch"`);
    await queryRunner.query(`DROP TABLE "timetable_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrollment_batch_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrollment_batch_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrollment_user"`);
    await queryRunner.query(`DROP TABLE "enrollment"`);
    await queryRunner.query(`DROP TABLE "batch_unit"`);
    await queryRunner.query(`DROP TABLE "batch_staff"`);
    await queryRunner.query(`DROP INDEX "public"."uq_batch_program_number"`);
    await queryRunner.query(`DROP TABLE "batch"`);
    await queryRunner.query(`DROP INDEX "public"."ix_program_agency_year"`);
    await queryRunner.query(`DROP TABLE "program"`);
    await queryRunner.query(`DROP INDEX "public"."ix_program_module_program"`);
    await queryRunner.query(`DROP TABLE "program_module"`);
  }
}
