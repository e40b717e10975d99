import { fillTimetable } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Unit } from '../agencies/unit.entity';
import { BatchStaff } from '../batches/batch-staff.entity';
import { Batch } from '../batches/batch.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Notification } from '../notifications/notification.entity';
import { ProgramModule } from '../programs/program-module.entity';
import { Program } from '../programs/program.entity';
import type { FileStorage } from '../storage/file-storage';
import { instantOf } from '../timetable/local-time';
import { TimetableSession } from '../timetable/timetable-session.entity';
import { DEMO_TRAININGS } from './demo-trainings';
import { seedAttendance } from './seed-attendance';
import { seedCertificateTemplate } from './seed-certificates';
import { DEMO_LEARNING_PROGRAM, seedLearning, type LearningSeedBatch } from './seed-learning';

export interface TrainingSeedPeople {
  mainAgencyId: string;
  organizerId: string;
  trainerId: string;
  /** Demo participants of the main agency, in a fixed order; the first one is peserta@bimtek.local. */
  participantIds: string[];
}

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Multi-day batches start on a Monday and run on weekdays; one-day events move off the weekend. */
export function batchDays(today: Date, startsInDays: number, days: number): { startDate: string; endDate: string } {
  const start = new Date(today.getTime() + startsInDays * DAY_MS);
  const weekday = start.getUTCDay();
  // On a weekend "this week" has ended, so a multi-day batch takes the coming Monday.
  if (days > 1) start.setTime(start.getTime() + (weekday === 0 ? 1 : weekday === 6 ? 2 : -(weekday - 1)) * DAY_MS);
  else if (weekday === 6 || weekday === 0) start.setTime(start.getTime() + (weekday === 6 ? 2 : 1) * DAY_MS);
  const end = new Date(start);
  for (let left = days - 1; left > 0; ) {
    end.setTime(end.getTime() + DAY_MS);
    if (end.getUTCDay() !== 0 && end.getUTCDay() !== 6) left--;
  }
  return { startDate: iso(start), endDate: iso(end) };
}

/** Programmes, batches, timetables and enrollments shaped like the trainings in DOMAIN.md, dated around today. */
export async function seedTrainings(manager: EntityManager, people: TrainingSeedPeople, today = new Date(), storage: FileStorage | null = null): Promise<number> {
  // participantIds[0] (peserta@bimtek.local) is kept for the batch running now, so the demo
  // participant has a training to open; the others are handed out in order.
  let nextParticipant = 0;
  let demoParticipantPlaced = false;
  let batchCount = 0;

  for (const training of DEMO_TRAININGS) {
    let agencyId = people.mainAgencyId;
    if (training.units.length) {
      const agency = manager.create(Agency, training.agency);
      await manager.insert(Agency, agency);
      await manager.insert(Unit, training.units.map((name) => ({ agencyId: agency.id, name })));
      agencyId = agency.id;
    }
    const firstDates = batchDays(today, training.batches[0]?.startsInDays ?? 0, training.batches[0]?.days ?? 1);
    const program = manager.create(Program, { ...training.program, agencyId, year: Number(firstDates.startDate.slice(0, 4)), description: null, copiedFromId: null });
    await manager.insert(Program, program);
    const modules = training.modules.map((m, i) => manager.create(ProgramModule, { programId: program.id, position: i + 1, title: m.title, jp: m.jp, objectives: m.objectives ?? [] }));
    await manager.insert(ProgramModule, modules);
    const learningBatches: LearningSeedBatch[] = [];

    for (const [index, b] of training.batches.entries()) {
      const dates = batchDays(today, b.startsInDays, b.days);
      const batch = manager.create(Batch, {
        programId: program.id,
        number: index + 1,
        status: b.status,
        ...dates,
        timeZone: 'Asia/Jakarta',
        venue: b.venue,
        capacity: b.capacity,
        registrationOpensAt: null,
        registrationClosesAt: b.status === 'registration_open' ? new Date(`${dates.startDate}T00:00:00+07:00`) : null,
        requiresApproval: true,
      });
      await manager.insert(Batch, batch);
      batchCount++;
      const isMainAgency = agencyId === people.mainAgencyId;
      if (isMainAgency) {
        await manager.insert(BatchStaff, [
          { batchId: batch.id, userId: people.organizerId, role: 'organizer' as const },
          { batchId: batch.id, userId: people.trainerId, role: 'trainer' as const },
        ]);
      }

      const plan = fillTimetable(
        modules.map((m) => ({ id: m.id, title: m.title, jp: m.jp })),
        { ...dates, ...(b.dayStart ? { dayStart: b.dayStart } : {}), ...(b.dayEnd ? { dayEnd: b.dayEnd } : {}) },
      );
      const sessions: TimetableSession[] = [];
      for (const s of plan.sessions) {
        const session = manager.create(TimetableSession, {
          batchId: batch.id,
          moduleId: s.moduleId,
          title: s.title,
          kind: s.kind === 'opening' ? 'OPENING' : s.kind === 'closing' ? 'CLOSING' : 'LECTURE',
          startsAt: instantOf(s.date, s.start, batch.timeZone),
          endsAt: instantOf(s.date, s.end, batch.timeZone),
          room: b.venue,
        });
        await manager.insert(TimetableSession, session);
        sessions.push(session);
        if (isMainAgency && s.kind === 'lecture') {
          await manager.query('INSERT INTO timetable_session_trainer (session_id, user_id) VALUES ($1, $2)', [session.id, people.trainerId]);
        }
      }

      const enrolled: string[] = [];
      const demoParticipant = people.participantIds[0];
      if (b.status === 'running' && !demoParticipantPlaced && demoParticipant) {
        enrolled.push(demoParticipant);
        demoParticipantPlaced = true;
      }
      while (enrolled.length < b.participants && nextParticipant + 1 < people.participantIds.length) {
        nextParticipant++;
        const id = people.participantIds[nextParticipant];
        if (id) enrolled.push(id);
      }
      if (enrolled.length) {
        // Registrations for an open batch wait for the organizer, so the demo has some to approve.
        const waiting = b.status === 'registration_open';
        await manager.insert(
          Enrollment,
          enrolled.map((userId) => ({
            batchId: batch.id,
            userId,
            status: waiting ? ('pending' as const) : ('approved' as const),
            decidedAt: waiting ? null : today,
            decidedBy: waiting ? null : people.organizerId,
          })),
        );
      }
      if (b.status === 'running' || b.status === 'finished') await seedAttendance(manager, batch.id, sessions, enrolled, people.organizerId, today);
      learningBatches.push({ id: batch.id, status: b.status, timeZone: batch.timeZone, days: [...new Set(plan.sessions.map((s) => s.date))].sort(), participantIds: enrolled });
      if (b.status === 'running' && demoParticipant && enrolled.includes(demoParticipant)) {
        await manager.insert(Notification, { userId: demoParticipant, kind: 'enrollment.approved', batchId: batch.id, params: {} });
      }
    }
    if (training.program.title === DEMO_LEARNING_PROGRAM) {
      await seedLearning(manager, { programId: program.id, modules, batches: learningBatches, trainerId: people.trainerId }, storage, today);
      await seedCertificateTemplate(manager, program.id, storage);
    }
  }
  return batchCount;
}
