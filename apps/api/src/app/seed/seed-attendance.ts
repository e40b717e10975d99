import type { AttendanceStatus } from '@bimtek/contracts';
import { isAttended } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { AttendanceRecord } from '../attendance/attendance-record.entity';

const MINUTE_MS = 60_000;

/**
 * A plausible spread of statuses: mostly present, some late, the odd izin, sakit or alpa. Rare
 * enough that most of a five-day angkatan (14 sessions) miss at most one and still reach 90 %.
 */
export function demoStatus(personIndex: number, sessionIndex: number): AttendanceStatus {
  const n = (personIndex * 7 + sessionIndex * 3) % 40;
  if (n === 0) return 'alpa';
  if (n === 1) return 'izin';
  if (n === 2) return 'sakit';
  if (n <= 6) return 'terlambat';
  return 'hadir';
}

const REASONS: Partial<Record<AttendanceStatus, string>> = { izin: 'Mendampingi kunjungan kerja Wali Kota', sakit: 'Demam, surat dokter menyusul' };

/**
 * Attendance for the sessions already over, so the demo's grid and recaps have something to show.
 * The demo participant (listed first) was always on time.
 */
export async function seedAttendance(
  manager: EntityManager,
  batchId: string,
  sessions: readonly { id: string; startsAt: Date; endsAt: Date }[],
  participantIds: readonly string[],
  organizerId: string,
  now: Date,
): Promise<void> {
  const rows = sessions
    .filter((s) => s.endsAt < now)
    .flatMap((session, sessionIndex) =>
      participantIds.map((userId, personIndex) => {
        const status = personIndex === 0 ? 'hadir' : demoStatus(personIndex, sessionIndex);
        const present = isAttended(status);
        return manager.create(AttendanceRecord, {
          batchId,
          unitKey: session.id,
          userId,
          status,
          method: present ? (personIndex % 5 === 4 ? 'badge' : 'kiosk') : status === 'alpa' ? 'manual' : 'excuse',
          offline: present && personIndex % 9 === 8,
          checkedInAt: present ? new Date(session.startsAt.getTime() + (status === 'terlambat' ? 20 : -10) * MINUTE_MS) : null,
          reason: REASONS[status] ?? null,
          recordedBy: present || status !== 'alpa' ? userId : organizerId,
        });
      }),
    );
  if (rows.length) await manager.insert(AttendanceRecord, rows);
}
