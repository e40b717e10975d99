import { Job } from '../jobs/job.entity';
import { BatchCompletionRules } from '../completion/batch-completion-rules.entity';
import { CompletionOverride } from '../completion/completion-override.entity';
import { CertificateTemplate } from '../certificates/certificate-template.entity';
import { TemplateImage } from '../certificates/template-image.entity';
import { CertificateSequence } from '../certificates/certificate-sequence.entity';
import { Certificate } from '../certificates/certificate.entity';
import { Agency } from '../agencies/agency.entity';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { CheckInFailure } from '../attendance/check-in-failure.entity';
import { Unit } from '../agencies/unit.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { PasswordReset } from '../auth/password-reset.entity';
import { Session } from '../auth/session.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { Notification } from '../notifications/notification.entity';
import { User } from '../users/user.entity';
import { BatchStaff } from '../batches/batch-staff.entity';
import { BatchUnit } from '../batches/batch-unit.entity';
import { Batch } from '../batches/batch.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { ProgramModule } from '../programs/program-module.entity';
import { Program } from '../programs/program.entity';
import { TimetableSession } from '../timetable/timetable-session.entity';
import { Lesson } from '../lessons/lesson.entity';
import { LessonAttachment } from '../lessons/lesson-attachment.entity';
import { LessonProgress } from '../lessons/lesson-progress.entity';
import { Question } from '../assessment/question.entity';
import { AssessmentTest } from '../assessment/test.entity';
import { TestWindow } from '../assessment/test-window.entity';
import { Attempt } from '../assessment/attempt.entity';
import { AttemptQuestion } from '../assessment/attempt-question.entity';
import { Assignment } from '../assignments/assignment.entity';
import { AssignmentSchedule } from '../assignments/assignment-schedule.entity';
import { Submission } from '../assignments/submission.entity';
import { SubmissionFile } from '../assignments/submission-file.entity';

/** Listed explicitly (not globbed) so that the webpack bundle and the tests see the same set. */
export const ENTITIES = [
  Agency,
  Unit,
  User,
  Session,
  LoginAttempt,
  PasswordReset,
  AuditEntry,
  OutboxMessage,
  Notification,
  Program,
  ProgramModule,
  Batch,
  BatchUnit,
  BatchStaff,
  TimetableSession,
  Enrollment,
  AttendanceRecord,
  CheckInFailure,
  Lesson,
  LessonAttachment,
  LessonProgress,
  Question,
  AssessmentTest,
  TestWindow,
  Attempt,
  AttemptQuestion,
  Assignment,
  AssignmentSchedule,
  Submission,
  SubmissionFile,
  Job,
  BatchCompletionRules,
  CompletionOverride,
  CertificateTemplate,
  TemplateImage,
  CertificateSequence,
  Certificate,
];
