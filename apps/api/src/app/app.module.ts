import { AgendaController } from './agenda/agenda.controller';
import { GradebookController } from './gradebook/gradebook.controller';
import { LearningContextController } from './learning/learning-context.controller';
import { GradebookService } from './gradebook/gradebook.service';
import { AttemptSweeper } from './assessment/attempt-sweeper.service';
import { AttemptsService } from './assessment/attempts.service';
import { MyTestsController } from './assessment/my-tests.controller';
import { QuestionBankController } from './assessment/question-bank.controller';
import { QuestionBankService } from './assessment/question-bank.service';
import { TestsController } from './assessment/tests.controller';
import { TestsService } from './assessment/tests.service';
import { AttendanceController } from './attendance/attendance.controller';
import { AttendanceService } from './attendance/attendance.service';
import { CheckInService } from './attendance/check-in.service';
import { MyAttendanceController } from './attendance/my-attendance.controller';
import { AttendanceRecapController } from './attendance/recap/attendance-recap.controller';
import { AttendanceRecapService } from './attendance/recap/attendance-recap.service';
import { AssignmentsController } from './assignments/assignments.controller';
import { AssignmentsService } from './assignments/assignments.service';
import { BatchAssignmentsController } from './assignments/batch-assignments.controller';
import { BatchAssignmentsService } from './assignments/batch-assignments.service';
import { GradingController } from './assignments/grading.controller';
import { GradingService } from './assignments/grading.service';
import { MyAssignmentsController } from './assignments/my-assignments.controller';
import { SubmissionFilesService } from './assignments/submission-files.service';
import { SubmissionsService } from './assignments/submissions.service';
import { LessonAttachmentsService } from './lessons/lesson-attachments.service';
import { LessonProgressController } from './lessons/lesson-progress.controller';
import { LessonProgressService } from './lessons/lesson-progress.service';
import { LessonsController } from './lessons/lessons.controller';
import { LessonsService } from './lessons/lessons.service';
import { MyLessonsController } from './lessons/my-lessons.controller';
import { MyLessonsService } from './lessons/my-lessons.service';
import { fileStorageProvider } from './storage/file-storage.provider';
import { AgendaService } from './agenda/agenda.service';
import { WaitlistService } from './enrollment/waitlist.service';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { API_PREFIX } from '@bimtek/contracts';
import { AgenciesController } from './agencies/agencies.controller';
import { AgenciesService } from './agencies/agencies.service';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import { PasswordService } from './auth/password.service';
import { SessionService } from './auth/session.service';
import { TokenService } from './auth/token.service';
import { AppExceptionFilter } from './common/errors/exception.filter';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './database/entities';
import { HealthController } from './health/health.controller';
import { MailService } from './mail/mail.service';
import { OutboxController } from './mail/outbox.controller';
import { SmtpDeliveryService } from './mail/smtp-delivery.service';
import { PeopleController } from './people/people.controller';
import { ProfileController } from './profile/profile.controller';
import { ProfileService } from './profile/profile.service';
import { SeedService } from './seed/seed.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { BatchesController } from './batches/batches.controller';
import { BatchesService } from './batches/batches.service';
import { EnrollmentController } from './enrollment/enrollment.controller';
import { EnrollmentService } from './enrollment/enrollment.service';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { ProgramsController } from './programs/programs.controller';
import { RosterController } from './roster/roster.controller';
import { RosterService } from './roster/roster.service';
import { ProgramsService } from './programs/programs.service';
import { TimetableController } from './timetable/timetable.controller';
import { TimetablePdfService } from './timetable/timetable-pdf.service';
import { TimetableService } from './timetable/timetable.service';

import { CompletionController } from './completion/completion.controller';
import { CompletionService } from './completion/completion.service';
import { CertificateRenderer } from './certificates/certificate-renderer.service';
import { CertificateTemplateController } from './certificates/certificate-template.controller';
import { CertificateTemplateService } from './certificates/certificate-template.service';
import { CertificatesController } from './certificates/certificates.controller';
import { CertificatesService } from './certificates/certificates.service';
import { IssuanceJobHandler } from './certificates/issuance-job.handler';
import { MyCertificatesController } from './certificates/my-certificates.controller';
import { TemplateImagesService } from './certificates/template-images.service';
import { JobQueue } from './jobs/job-queue.service';
import { JobWorker } from './jobs/job-worker.service';
import { JobsController } from './jobs/jobs.controller';
import { VerificationController } from './verification/verification.controller';
import { VerificationService } from './verification/verification.service';

export const CONTROLLERS = [
  HealthController,
  AuthController,
  ProfileController,
  UsersController,
  PeopleController,
  AgenciesController,
  AuditController,
  OutboxController,
  ProgramsController,
  BatchesController,
  TimetableController,
  EnrollmentController,
  RosterController,
  CalendarController,
  NotificationsController,
  AgendaController,
  AttendanceController,
  MyAttendanceController,
  AttendanceRecapController,
  AssignmentsController,
  BatchAssignmentsController,
  MyAssignmentsController,
  GradingController,
  QuestionBankController,
  GradebookController,
  LearningContextController,
  TestsController,
  MyTestsController,
  LessonsController,
  MyLessonsController,
  LessonProgressController,
  CompletionController,
  CertificateTemplateController,
  CertificatesController,
  MyCertificatesController,
  VerificationController,
  JobsController,
];

/**
 * One module for now: features are folders with their controller and service, wired here. When a
 * feature grows its own providers worth hiding, it gets its own module.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        TypeOrmModule.forFeature(ENTITIES),
        JwtModule.register({}),
        ...(config.webDistDir
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDistDir,
                exclude: [`/${API_PREFIX}/{*path}`],
                serveStaticOptions: { maxAge: '1h', index: 'index.html' },
              }),
            ]
          : []),
      ],
      controllers: CONTROLLERS,
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        PasswordService,
        TokenService,
        LoginThrottleService,
        SessionService,
        AuthService,
        ProfileService,
        UsersService,
        AgenciesService,
        AuditService,
        MailService,
        SmtpDeliveryService,
        SeedService,
        ProgramsService,
        BatchesService,
        TimetableService,
        TimetablePdfService,
        EnrollmentService,
        RosterService,
        CalendarService,
        NotificationsService,
        WaitlistService,
        AgendaService,
        AttendanceService,
        CheckInService,
        AttendanceRecapService,
        AssignmentsService,
        BatchAssignmentsService,
        SubmissionsService,
        GradingService,
        SubmissionFilesService,
        QuestionBankService,
        GradebookService,
        TestsService,
        AttemptsService,
        AttemptSweeper,
        LessonsService,
        LessonAttachmentsService,
        MyLessonsService,
        LessonProgressService,
        fileStorageProvider,
        JobQueue,
        JobWorker,
        CompletionService,
        CertificateRenderer,
        CertificateTemplateService,
        TemplateImagesService,
        CertificatesService,
        IssuanceJobHandler,
        VerificationService,
      ],
    };
  }
}
