import type { PredicateBand } from './certificates';
/** Kinds of training an agency organizes; the certificate and reports name them. */
export const PROGRAM_KINDS = ['BIMTEK', 'PELATIHAN', 'SOSIALISASI', 'RAPAT_KOORDINASI', 'WORKSHOP'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

/** Classical (in a room), e-learning, or both. */
export const PROGRAM_MODES = ['CLASSICAL', 'E_LEARNING', 'BLENDED'] as const;
export type ProgramMode = (typeof PROGRAM_MODES)[number];

export const PROGRAM_LIMITS = { title: 200, moduleTitle: 200, objective: 500, objectives: 20, modules: 40, moduleJp: 200 } as const;

export interface ModuleView {
  id: string;
  position: number;
  title: string;
  /** Lesson hours (jam pelajaran, 45 minutes each by default). */
  jp: number;
  objectives: string[];
}

export interface ProgramView {
  id: string;
  agencyId: string;
  agencyName: string;
  title: string;
  kind: ProgramKind;
  mode: ProgramMode;
  year: number;
  description: string | null;
  /** Default completion rules; a batch may not lower them. */
  minAttendancePercent: number;
  passingScore: number;
  /** Default post-test threshold of the batches' completion rules; null: none. */
  postTestMinScore: number | null;
  /** Default predicate bands of the batches' completion rules. */
  predicateBands: PredicateBand[];
  modules: ModuleView[];
  totalJp: number;
  batchCount: number;
  copiedFromId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ModuleRequest {
  /** Keep an existing module (and the sessions pointing at it) by sending its id. */
  id?: string;
  title: string;
  jp: number;
  objectives?: string[];
}

/** Create or replace a programme with its curriculum (modules in order). */
export interface ProgramRequest {
  title: string;
  kind: ProgramKind;
  mode: ProgramMode;
  year: number;
  description?: string | null;
  minAttendancePercent: number;
  passingScore: number;
  /** Omitted: no post-test threshold. */
  postTestMinScore?: number | null;
  /** Omitted: the standard scale (DEFAULT_PREDICATE_BANDS). */
  predicateBands?: PredicateBand[] | null;
  modules: ModuleRequest[];
  /** Admins choose the organizing agency; organizers always organize for their own. */
  agencyId?: string;
}

export interface CopyProgramRequest {
  year: number;
  title?: string;
}
