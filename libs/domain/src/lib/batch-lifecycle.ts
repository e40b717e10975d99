/** The life of a batch (angkatan), in the order it normally runs. */
import type { BatchStatus } from '@bimtek/contracts';

/**
 * Which status may follow which. A batch must open registration before it runs (draft → running is
 * not allowed), so participants are always enrolled through the same path. Registration may be closed
 * again (registration_open → draft) to fix a mistake before anyone is trained; who may do that
 * (the organizer) is an authorization rule, not a lifecycle one. After running there is no way back:
 * attendance and certificates depend on it.
 */
const TRANSITIONS: Readonly<Record<BatchStatus, readonly BatchStatus[]>> = {
  draft: ['registration_open'],
  registration_open: ['draft', 'running'],
  running: ['finished'],
  finished: ['archived'],
  archived: [],
};

export function canTransition(from: BatchStatus, to: BatchStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: BatchStatus): BatchStatus[] {
  return [...TRANSITIONS[from]];
}

/** What an organizer may still change in each status. */
export type BatchEdit = 'details' | 'dates' | 'capacity' | 'timetable' | 'enrollment' | 'delete';

/**
 * Once a batch runs, its dates and capacity are facts participants planned around; a session can
 * still move during the week and a late participant can still be added. A finished batch only takes
 * corrections to its description (a typo on the certificate page), and an archived one is read-only.
 * Only a draft may be deleted: after registration opens, people have signed up for it.
 */
const EDITS: Readonly<Record<BatchStatus, readonly BatchEdit[]>> = {
  draft: ['details', 'dates', 'capacity', 'timetable', 'enrollment', 'delete'],
  registration_open: ['details', 'dates', 'capacity', 'timetable', 'enrollment'],
  running: ['details', 'timetable', 'enrollment'],
  finished: ['details'],
  archived: [],
};

export function allowedEdits(status: BatchStatus): readonly BatchEdit[] {
  return EDITS[status];
}

export function mayEdit(status: BatchStatus, edit: BatchEdit): boolean {
  return EDITS[status].includes(edit);
}
