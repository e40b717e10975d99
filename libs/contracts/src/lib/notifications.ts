import type { TimeZone } from './batches';
import type { EnrollmentStatus } from './enrollment';
import type { Page } from './paging';
import type { SessionKind } from './timetable';

/** What happened to the person. Each kind is shown in the app and mailed, in the person's language. */
export const NOTIFICATION_KINDS = [
  /** An organizer approved the registration. */
  'enrollment.approved',
  /** An organizer rejected it, with a reason. */
  'enrollment.rejected',
  /** The batch was full: the person waits in line at a position. */
  'enrollment.waitlisted',
  /** A place freed and went to the person (approved, or pending approval). */
  'enrollment.promoted',
  /** An organizer enrolled the person (roster import). */
  'enrollment.added',
  /** Sessions of a batch the person attends or teaches were added, moved or removed. */
  'timetable.changed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationParams {
  reason?: string;
  position?: number;
  status?: EnrollmentStatus;
  /** How many timetable changes this notification stands for (they are gathered while unread). */
  changes?: number;
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  batchId: string | null;
  /** "Jurnalistik Humas · Angkatan II", for the text; null when the batch is gone. */
  batchName: string | null;
  programTitle: string | null;
  params: NotificationParams;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<NotificationView> {
  /** Unread notifications in all, for the badge. */
  unread: number;
}

/** One session in a person's agenda: one they attend (approved enrollment) or teach. */
export interface AgendaSessionView {
  id: string;
  batchId: string;
  batchName: string;
  programTitle: string;
  title: string;
  kind: SessionKind;
  startsAt: string;
  endsAt: string;
  /** The local date of the session in the batch's time zone (YYYY-MM-DD). */
  date: string;
  timeZone: TimeZone;
  room: string | null;
  venue: string | null;
  trainers: { id: string; name: string }[];
  /** Lesson hours the session counts for (as in the timetable). */
  jp: number;
  role: AgendaRole;
}

export const AGENDA_ROLES = ['participant', 'trainer'] as const;
export type AgendaRole = (typeof AGENDA_ROLES)[number];
