/** The tabs of `angkatan/:id/pembelajaran`, as written in its `?tab=` (Indonesian, like the paths). */
export const LearningTab = { progress: 'progres', tests: 'tes', assignments: 'tugas' } as const;
export type LearningTab = (typeof LearningTab)[keyof typeof LearningTab];
export const LEARNING_TABS: readonly LearningTab[] = [LearningTab.progress, LearningTab.tests, LearningTab.assignments];
