import type { TimeZone } from './batches';

export const SESSION_KINDS = ['OPENING', 'LECTURE', 'PRACTICE', 'TEST', 'CLOSING'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface SessionView {
  id: string;
  batchId: string;
  moduleId: string | null;
  moduleTitle: string | null;
  title: string;
  kind: SessionKind;
  startsAt: string;
  endsAt: string;
  room: string | null;
  trainers: { id: string; name: string }[];
  /** Lesson hours this session counts for (its minutes / 45, rounded down); 0 for opening and closing. */
  jp: number;
}

export interface SessionRequest {
  title?: string | null;
  kind: SessionKind;
  moduleId?: string | null;
  /** ISO date-times with offset, e.g. 2024-11-18T08:00:00+07:00. */
  startsAt: string;
  endsAt: string;
  room?: string | null;
  trainerIds?: string[];
}

export interface ModuleJpView {
  moduleId: string;
  title: string;
  curriculumJp: number;
  scheduledJp: number;
}

export interface TimetableView {
  batchId: string;
  /** The venue's time zone, in which the sessions' local times are read. */
  timeZone: TimeZone;
  sessions: SessionView[];
  /** The timetable's JP against the curriculum's, per module. */
  jpByModule: ModuleJpView[];
  scheduledJp: number;
  curriculumJp: number;
}

export interface FillTimetableRequest {
  /** "HH:MM" local time; defaults 08:00 and 16:00. */
  dayStart?: string;
  dayEnd?: string;
  room?: string | null;
  /** Also lay sessions on Saturdays and Sundays (a batch that runs over a weekend). */
  includeWeekends?: boolean;
}

/** The person's own calendar feed (iCal): subscribe to it in Google Calendar, Outlook or a phone. */
export interface CalendarLinkView {
  /** Secret, read-only address; anyone with it sees the person's timetable. */
  url: string;
}
