/**
 * Web paths of the training pages. WebRoutes in @bimtek/contracts names only the pages that emails
 * link to; these could move there once a notification links to them.
 */
export const TrainingPaths = {
  /** Participants: the catalogue of open batches and their own enrollments. */
  catalog: 'pelatihan',
  /** `pelatihan/:batchId/jadwal`: a batch's timetable for participants. */
  timetable: 'jadwal',
  /** Organizers: programmes (`program/baru`, `program/:id`). */
  programs: 'program',
  newProgram: 'baru',
  /** Organizers: one batch (`angkatan/:id`): timetable and enrollments. */
  batches: 'angkatan',
} as const;
