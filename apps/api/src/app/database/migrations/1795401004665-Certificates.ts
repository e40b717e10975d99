import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1795401004665 implements MigrationInterface {
  name = 'Certificates1795401004665';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'queued', "payload" jsonb NOT NULL, "dedupe_key" character varying(120), "done" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "error" text, "attempts" integer NOT NULL DEFAULT '0', "locked_by" character varying(64), "locked_until" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "agency_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_98ab1c14ff8d1cf80d18703b92f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_job_active_key" ON "job"  ("dedupe_key") WHERE "status" IN ('queued', 'running')`);
    await queryRunner.query(`CREATE INDEX "ix_job_claim" ON "job"  ("status", "created_at") `);
    await queryRunner.query(`CREATE TABLE "batch_completion_rules" ("batch_id" uuid NOT NULL, "min_attendance_percent" integer NOT NULL, "min_final_score" numeric(5,1) NOT NULL, "post_test_min_score" numeric(5,1), "required_assignment_ids" uuid array NOT NULL DEFAULT '{}', "predicate_bands" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f44690841ccaaf8328556ac98f0" PRIMARY KEY ("batch_id"))`);
    await queryRunner.query(`CREATE TABLE "completion_override" ("batch_id" uuid NOT NULL, "user_id" uuid NOT NULL, "passed" boolean NOT NULL, "reason" text NOT NULL, "by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f954bd5723ca9eb377cdbb50f7e" PRIMARY KEY ("batch_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "certificate_template" ("program_id" uuid NOT NULL, "orientation" character varying(10) NOT NULL, "header_lines" jsonb NOT NULL, "title" character varying(120) NOT NULL, "body" text NOT NULL, "attendance_title" character varying(120) NOT NULL, "attendance_body" text NOT NULL, "number_pattern" character varying(100) NOT NULL, "place" character varying(100) NOT NULL, "signers" jsonb NOT NULL, "logo_image_id" uuid, "background_image_id" uuid, "modules_page" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df66198739bbd3f586ea6eb4710" PRIMARY KEY ("program_id"))`);
    await queryRunner.query(`CREATE TABLE "certificate_template_image" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "file_key" character varying(300) NOT NULL, "content_type" character varying(40) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c7bbdbd4422222e90b0cab8afdd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_certificate_template_image_program" ON "certificate_template_image"  ("program_id") `);
    await queryRunner.query(`CREATE TABLE "certificate_sequence" ("agency_id" uuid NOT NULL, "year" integer NOT NULL, "last_seq" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_56fb2441d4dc614758e43aeac9f" PRIMARY KEY ("agency_id", "year"))`);
    await queryRunner.query(`CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "batch_id" uuid NOT NULL, "user_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "year" integer NOT NULL, "seq" integer NOT NULL, "number" character varying(120) NOT NULL, "kind" character varying(12) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "snapshot" jsonb NOT NULL, "file_key" character varying(300), "sha256" character(64), "size_bytes" integer, "signed" boolean NOT NULL DEFAULT false, "issued_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" text, "revoked_by_id" uuid, "replaced_by_id" uuid, "job_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificate_code" ON "certificate"  ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_certificate_job" ON "certificate"  ("job_id") `);
    await queryRunner.query(`CREATE INDEX "ix_certificate_batch_status" ON "certificate"  ("batch_id", "status") `);
    await queryRunner.query(`CREATE INDEX "ix_certificate_user" ON "certificate"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificate_current" ON "certificate"  ("batch_id", "user_id") WHERE "status" <> 'revoked'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificate_number" ON "certificate"  ("agency_id", "number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificate_seq" ON "certificate"  ("agency_id", "year", "seq") `);
    await queryRunner.query(`ALTER TABLE "program" ADD "post_test_min_score" integer`);
    await queryRunner.query(`ALTER TABLE "program" ADD "predicate_bands" jsonb`);
    await queryRunner.query(`ALTER TABLE "batch_completion_rules" ADD CONSTRAINT "fk_batch_completion_rules_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "completion_override" ADD CONSTRAINT "fk_completion_override_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "completion_override" ADD CONSTRAINT "fk_completion_override_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "completion_override" ADD CONSTRAINT "fk_completion_override_by" FOREIGN KEY ("by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate_template" ADD CONSTRAINT "fk_certificate_template_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate_template_image" ADD CONSTRAINT "fk_certificate_template_image_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate_sequence" ADD CONSTRAINT "fk_certificate_sequence_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "fk_certificate_batch" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "fk_certificate_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "fk_certificate_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "fk_certificate_replaced_by" FOREIGN KEY ("replaced_by_id") REFERENCES "certificate"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "fk_certificate_replaced_by"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "fk_certificate_agency"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "fk_certificate_user"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "fk_certificate_batch"`);
    await queryRunner.query(`ALTER TABLE "certificate_sequence" DROP CONSTRAINT "fk_certificate_sequence_agency"`);
    await queryRunner.query(`ALTER TABLE "certificate_template_image" DROP CONSTRAINT "fk_certificate_template_image_program"`);
    await queryRunner.query(`ALTER TABLE "certificate_template" DROP CONSTRAINT "fk_certificate_template_program"`);
    await queryRunner.query(`ALTER TABLE "completion_override" DROP CONSTRAINT "fk_completion_override_by"`);
    await queryRunner.query(`ALTER TABLE "completion_override" DROP CONSTRAINT "fk_completion_override_user"`);
    await queryRunner.query(`ALTER TABLE "completion_override" DROP CONSTRAINT "fk_completion_override_batch"`);
    await queryRunner.query(`ALTER TABLE "batch_completion_rules" DROP CONSTRAINT "fk_batch_completion_rules_batch"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "predicate_bands"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "post_test_min_score"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificate_seq"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificate_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificate_current"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificate_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificate_batch_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificate_job"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificate_code"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP TABLE "certificate_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificate_template_image_program"`);
    await queryRunner.query(`DROP TABLE "certificate_template_image"`);
    await queryRunner.query(`DROP TABLE "certificate_template"`);
    await queryRunner.query(`DROP TABLE "completion_override"`);
    await queryRunner.query(`DROP TABLE "batch_completion_rules"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_claim"`);
    await queryRunner.query(`DROP INDEX "public"."uq_job_active_key"`);
    await queryRunner.query(`DROP TABLE "job"`);
  }
}
