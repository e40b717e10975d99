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
];
