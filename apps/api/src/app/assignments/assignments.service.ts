import { ASSIGNMENT_LIMITS, ErrorCode, type AssignmentView } from '@bimtek/contracts';
import { rubricScoringChanged, withRubricIds } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException, conflict, FieldValidationException, notFound, type RawFieldError } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { loadManagedProgram } from '../learning/learning-access';
import { ProgramModule } from '../programs/program-module.entity';
import { assignmentView, gradedAssignmentIds } from './assignment-views';
import { Assignment } from './assignment.entity';
import type { AssignmentDto } from './dto/assignment.dto';
import { Submission } from './submission.entity';

/** Rubric ids live inside one assignment's rubric; eight URL-safe characters are plenty. */
const newRubricId = () => randomBytes(6).toString('base64url');

/** The assignments of a programme, in module order, then oldest first. */
export async function programAssignments(manager: EntityManager, programId: string, moduleIds?: readonly string[]): Promise<Assignment[]> {
  if (moduleIds?.length === 0) return [];
  const qb = manager
    .createQueryBuilder(Assignment, 'a')
    .innerJoin(ProgramModule, 'pm', 'pm.id = a.moduleId')
    .where('a.programId = :programId', { programId })
    .orderBy('pm.position')
    .addOrderBy('a.createdAt')
    .addOrderBy('a.id');
  if (moduleIds) qb.andWhere('a.moduleId IN (:...moduleIds)', { moduleIds });
  return qb.getMany();
}

/** Organizers write a programme's assignments: instructions, what is handed in, the rubric. */
@Injectable()
export class AssignmentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(programId: string, principal: Principal): Promise<AssignmentView[]> {
    const manager = this.dataSource.manager;
    await loadManagedProgram(manager, principal, programId);
    const assignments = await programAssignments(manager, programId);
    const graded = await gradedAssignmentIds(manager, assignments.map((a) => a.id));
    return assignments.map((a) => assignmentView(a, graded.has(a.id)));
  }

  async get(id: string, principal: Principal): Promise<AssignmentView> {
    const manager = this.dataSource.manager;
    const assignment = await this.managed(manager, id, principal);
    return assignmentView(assignment, await this.hasGrades(manager, id));
  }

  async create(programId: string, dto: AssignmentDto, principal: Principal): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      await loadManagedProgram(manager, principal, programId);
      await this.assertModuleInProgram(manager, programId, dto.moduleId);
      const saved = await manager.save(Assignment, manager.create(Assignment, { programId, ...fieldsOf(dto, []) }));
      return assignmentView(saved, false);
    });
  }

  /** Everything may change until work is graded; from then on the rubric's criteria, levels and points stay (409). */
  async update(id: string, dto: AssignmentDto, principal: Principal): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      // Locked against grading, which reads the rubric under a share lock.
      const assignment = await this.managed(manager, id, principal, true);
      await this.assertModuleInProgram(manager, assignment.programId, dto.moduleId);
      const fields = fieldsOf(dto, assignment.rubric);
      const hasGrades = await this.hasGrades(manager, id);
      if (hasGrades && rubricScoringChanged(assignment.rubric, fields.rubric)) throw conflict(ErrorCode.RubricLocked, 'rubric');
      const saved = await manager.save(Assignment, Object.assign(assignment, fields));
      return assignmentView(saved, hasGrades);
    });
  }

  /** Only while nothing has been handed in: submissions are participants' work. */
  async delete(id: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.managed(manager, id, principal, true);
      if (await manager.existsBy(Submission, { assignmentId: id })) throw new AppException(HttpStatus.CONFLICT, ErrorCode.AssessmentInUse);
      await manager.delete(Assignment, id);
    });
  }

  private async managed(manager: EntityManager, id: string, principal: Principal, lock = false): Promise<Assignment> {
    const assignment = await manager.findOne(Assignment, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!assignment) throw notFound();
    await loadManagedProgram(manager, principal, assignment.programId);
    return assignment;
  }

  private async assertModuleInProgram(manager: EntityManager, programId: string, moduleId: string): Promise<void> {
    if (!(await manager.existsBy(ProgramModule, { id: moduleId, programId }))) throw new FieldValidationException([{ field: 'moduleId', code: 'moduleNotInProgram' }]);
  }

  private hasGrades(manager: EntityManager, id: string): Promise<boolean> {
    return gradedAssignmentIds(manager, [id]).then((ids) => ids.has(id));
  }
}

/** The stored fields of a request: defaults filled in, file limits checked together, rubric ids assigned. */
function fieldsOf(dto: AssignmentDto, currentRubric: Assignment['rubric']) {
  const none = dto.fileKind === 'none';
  const minFiles = dto.minFiles ?? (none ? 0 : 1);
  const maxFiles = dto.maxFiles ?? (none ? 0 : Math.max(minFiles, 1));
  const errors: RawFieldError[] = [];
  if (none && minFiles > 0) errors.push({ field: 'minFiles', code: 'max', params: [0] });
  if (none && maxFiles > 0) errors.push({ field: 'maxFiles', code: 'max', params: [0] });
  if (!none && maxFiles === 0) errors.push({ field: 'maxFiles', code: 'min', params: [1] });
  if (!none && minFiles > maxFiles) errors.push({ field: 'minFiles', code: 'max', params: [maxFiles] });
  if (errors.length) throw new FieldValidationException(errors);
  return {
    moduleId: dto.moduleId,
    title: dto.title,
    instructions: dto.instructions,
    fileKind: dto.fileKind,
    minFiles,
    maxFiles,
    maxFileBytes: dto.maxFileBytes ?? ASSIGNMENT_LIMITS.fileBytes,
    // Without files there is only the text to hand in.
    textRequired: dto.textRequired ?? none,
    rubric: withRubricIds(dto.rubric, currentRubric, newRubricId),
  };
}
