export const ENROLLMENT_STATUSES = ['pending', 'approved', 'waitlisted', 'rejected', 'withdrawn'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** Statuses that hold one of the batch's places. */
export const PLACE_HOLDING_STATUSES: readonly EnrollmentStatus[] = ['pending', 'approved'];

export interface EnrollmentView {
  id: string;
  batchId: string;
  batchName: string;
  programTitle: string;
  userId: string;
  userName: string;
  nip: string | null;
  unitName: string | null;
  status: EnrollmentStatus;
  /** 1 = next to get a place; null unless waitlisted. */
  waitlistPosition: number | null;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface RejectRequest {
  reason: string;
}

/** Most registrations one bulk decision may take (a page of the table at its largest). */
export const BULK_DECISION_MAX = 500;

export interface BulkDecisionRequest {
  enrollmentIds: string[];
  decision: 'approve' | 'reject';
  /** Required to reject; shown to each participant. */
  reason?: string;
}

export interface BulkDecisionResult {
  /** Registrations whose status changed. */
  changed: number;
  /** Already decided that way, or in a status the decision does not apply to (e.g. approving someone waitlisted). */
  unchanged: number;
}
