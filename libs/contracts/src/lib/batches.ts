/** A batch's life: planned, open for registration, taking place, over, put away. */
export const BATCH_STATUSES = ['draft', 'registration_open', 'running', 'finished', 'archived'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Indonesia has three time zones and no daylight saving, so each is a fixed offset. */
export const TIME_ZONES = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' } as const;
export type TimeZone = keyof typeof TIME_ZONES;

/** WIB, WITA, WIT: how Indonesians name their zones. */
export const TIME_ZONE_NAMES: Readonly<Record<TimeZone, string>> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

export interface BatchUnitView {
  unitId: string;
  unitName: string;
  /** Places reserved for this OPD (e.g. one admin per OPD); null: no limit. */
  quota: number | null;
}

export interface StaffView {
  id: string;
  name: string;
}

export interface BatchView {
  id: string;
  programId: string;
  programTitle: string;
  agencyId: string;
  /** 1, 2, 3 … shown as Angkatan I, II, III. */
  number: number;
  name: string;
  status: BatchStatus;
  /** ISO dates, in the batch's time zone. */
  startDate: string;
  endDate: string;
  timeZone: TimeZone;
  venue: string | null;
  capacity: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  requiresApproval: boolean;
  /** Enrollments holding a place (pending or approved). */
  placesTaken: number;
  waitlistLength: number;
  targetUnits: BatchUnitView[];
  organizers: StaffView[];
  trainers: StaffView[];
  createdAt: string;
}

export interface BatchUnitRequest {
  unitId: string;
  quota?: number | null;
}

export interface BatchRequest {
  startDate: string;
  endDate: string;
  timeZone?: TimeZone;
  venue?: string | null;
  capacity: number;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  requiresApproval?: boolean;
  targetUnits?: BatchUnitRequest[];
  organizerIds?: string[];
  trainerIds?: string[];
}

export interface BatchStatusRequest {
  status: BatchStatus;
}
