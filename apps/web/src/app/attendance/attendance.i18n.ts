/** Texts of the organizer's attendance pages (grid, live session, kiosk, badge scan, recaps). */
export const attendanceId = {
  'attendance.title': 'Kehadiran',
};

export const attendanceEn: Record<keyof typeof attendanceId, string> = {
  'attendance.title': 'Attendance',
};
