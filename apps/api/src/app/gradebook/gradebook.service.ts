import type { GradebookView, GradeWeights, MyGradesView } from '@bimtek/contracts';
import { weightsAreValid } from '@bimtek/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { invalidField } from '../common/errors/app-exception';
import { fileSlug } from '../common/file-name';
import type { Principal } from '../common/request-context';
import { assertCanTeach, assertEnrolled, loadBatchContext, loadManagedProgram } from '../learning/learning-access';
import { Program } from '../programs/program.entity';
import { computeGradebook } from './gradebook';
import { gradebookWorkbook } from './gradebook-workbook';

@Injectable()
export class GradebookService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async weights(programId: string, principal: Principal): Promise<GradeWeights> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    const program = await this.dataSource.manager.findOneByOrFail(Program, { id: programId });
    return { attendance: program.weightAttendance, tests: program.weightTests, assignments: program.weightAssignments };
  }

  async setWeights(programId: string, weights: GradeWeights, principal: Principal): Promise<GradeWeights> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    if (!weightsAreValid(weights)) throw invalidField('attendance', 'weightsSum');
    await this.dataSource.manager.update(Program, { id: programId }, { weightAttendance: weights.attendance, weightTests: weights.tests, weightAssignments: weights.assignments });
    return this.weights(programId, principal);
  }

  async gradebook(batchId: string, principal: Principal): Promise<GradebookView> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    await assertCanTeach(this.dataSource.manager, principal, batch);
    return computeGradebook(this.dataSource.manager, batchId);
  }

  async workbook(batchId: string, principal: Principal): Promise<{ filename: string; content: Buffer }> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    await assertCanTeach(this.dataSource.manager, principal, batch);
    const view = await computeGradebook(this.dataSource.manager, batchId);
    return {
      filename: `nilai-${fileSlug(`${batch.programTitle} ${batch.name}`)}.xlsx`,
      content: await gradebookWorkbook(view, { programTitle: batch.programTitle, batchName: batch.name }),
    };
  }

  /** The participant's own row: computed by the same code as the organizer's gradebook. */
  async mine(batchId: string, userId: string): Promise<MyGradesView> {
    await assertEnrolled(this.dataSource.manager, userId, batchId);
    const view = await computeGradebook(this.dataSource.manager, batchId, userId);
    return { ...view.rows[0], weights: view.weights, passingScore: view.passingScore };
  }
}
