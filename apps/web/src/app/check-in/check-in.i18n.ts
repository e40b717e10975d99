/** Texts of the participant's attendance pages (check-in, my attendance, badge, izin/sakit). */
export const checkInId = {
  'checkIn.title': 'Presensi',
};

export const checkInEn: Record<keyof typeof checkInId, string> = {
  'checkIn.title': 'Check in',
};
