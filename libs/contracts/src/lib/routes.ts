/** Everything the API serves lives under this prefix; the web app is served at `/`. */
export const API_PREFIX = 'api';

/** API paths relative to API_PREFIX, shared so that the client never spells a path by hand. */
export const ApiRoutes = {
  health: 'health',
  auth: {
    root: 'auth',
    login: 'auth/login',
    refresh: 'auth/refresh',
    logout: 'auth/logout',
    me: 'auth/me',
    changePassword: 'auth/change-password',
    forgotPassword: 'auth/forgot-password',
    resetPassword: 'auth/reset-password',
  },
  profile: {
    root: 'profile',
    register: 'profile/register',
    export: 'profile/export',
  },
  users: 'users',
  people: 'people',
  agencies: 'agencies',
  audit: 'audit',
  outbox: 'outbox',
  programs: 'programs',
  batches: 'batches',
  enrollments: 'enrollments',
  catalog: 'catalog',
  myEnrollments: 'my/enrollments',
  myCalendar: 'my/calendar',
  myNotifications: 'my/notifications',
  mySessions: 'my/sessions',
  myAttendance: 'my/attendance',
  myBadge: 'my/badge',
  calendarFeed: 'calendar',
  /** Lessons by id (`lessons/:id`, its attachments); a module's list is `programs/:id/modules/:moduleId/lessons`. */
  lessons: 'lessons',
  questions: 'questions',
  tests: 'tests',
  assignments: 'assignments',
  submissions: 'submissions',
  gradingQueue: 'grading/queue',
  /** A participant's learning in one batch: `my/learning/:batchId/lessons|tests|assignments|grades`. */
  myLearning: 'my/learning',
  myAttempts: 'my/attempts',
  /** A certificate by id (`certificates/:id/file|revoke|reissue`); a batch's are `batches/:id/certificates`. */
  certificates: 'certificates',
  myCertificates: 'my/certificates',
  /** Public: `verify/:code` and `verify/:code/check` (upload a PDF to compare). */
  verify: 'verify',
  jobs: 'jobs',
} as const;

/** Web app routes, shared so that emailed links (password reset) point at a real page. */
export const WebRoutes = {
  home: '',
  login: 'masuk',
  register: 'daftar',
  forgotPassword: 'lupa-sandi',
  resetPassword: 'atur-ulang-sandi',
  profile: 'profil',
  changePassword: 'ganti-sandi',
  adminUsers: 'admin/pengguna',
  adminOutbox: 'admin/kotak-keluar',
  adminAudit: 'admin/audit',
  people: 'peserta-instansi',
  notifications: 'notifikasi',
  mySessions: 'sesi-saya',
  /** Participants: check in with the kiosk's QR or code (`hadir?b=&u=&kode=` is what the QR holds). */
  checkIn: 'hadir',
  /** Participants: their attendance per batch, their badge, izin and sakit. */
  myAttendance: 'kehadiran-saya',
  /** Participants: their certificates. */
  myCertificates: 'sertifikat-saya',
  /** Public: `v/:code`, the page a certificate's QR code opens. */
  verify: 'v',
} as const;

/**
 * Web paths of the training pages; mails link to them (a batch's timetable, my trainings), so they
 * live here beside WebRoutes.
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
  /** Organizers: `angkatan/:id/impor`, participants of a batch imported from a spreadsheet. */
  rosterImport: 'impor',
  /** Organizers: the batches of their agency on a month calendar. */
  batchCalendar: 'kalender-angkatan',
  /** Organizers: `angkatan/:id/kehadiran` (people × sessions), `…/kehadiran/:unitKey` (one session live), `…/kehadiran/:unitKey/kiosk`. */
  attendance: 'kehadiran',
  kiosk: 'kiosk',
  /** Organizers: a programme's material (`program/:id/materi`): lessons, question banks, tests, assignments per module. */
  programContent: 'materi',
  /**
   * Participants: `pelatihan/:batchId/belajar` (lessons, tests, assignments, grades),
   * `…/belajar/materi/:lessonId`, `…/belajar/tes/:testId`, `…/belajar/tugas/:assignmentId`.
   */
  learn: 'belajar',
  lesson: 'materi',
  test: 'tes',
  assignment: 'tugas',
  /** Organizers and trainers: `angkatan/:id/pembelajaran` (progress, tests, assignments) and `…/nilai` (gradebook). */
  batchLearning: 'pembelajaran',
  gradebook: 'nilai',
  /** Trainers: the submissions to grade (`penilaian`, `penilaian/:submissionId`). */
  grading: 'penilaian',
  /** Organizers: `angkatan/:id/sertifikat` (completion and issuance) and `program/:id/sertifikat` (the template). */
  certificates: 'sertifikat',
} as const;
