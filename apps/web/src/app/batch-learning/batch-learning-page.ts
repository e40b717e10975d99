import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Permission, TrainingPaths, WebRoutes } from '@bimtek/contracts';
import { AuthService } from '../auth/auth.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { batchContext } from './batch-context';
import { BatchAssignments } from './batch-assignments';
import { BatchTests } from './batch-tests';
import { LessonProgress } from './lesson-progress';
import { LEARNING_TABS, type LearningTab } from './learning-tabs';

/**
 * `angkatan/:id/pembelajaran`: how a batch is doing with lessons, tests and assignments, for its
 * organizers and trainers. The tab and what is opened in it live in the query, so the phone's back
 * button steps back through them.
 */
@Component({
  selector: 'bt-batch-learning-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatTabsModule, TranslatePipe, LessonProgress, BatchTests, BatchAssignments],
  template: `
    <section class="page">
      @if (canOpenBatch) {
        <a mat-button class="back" [routerLink]="['/' + paths.batches, id()]">
          <mat-icon>arrow_back</mat-icon>
          {{ 'batchLearning.backToBatch' | t }}
        </a>
      } @else {
        <a mat-button class="back" [routerLink]="['/' + routes.mySessions]">
          <mat-icon>arrow_back</mat-icon>
          {{ 'nav.mySessions' | t }}
        </a>
      }
      <header class="page-header">
        <div>
          <h1>{{ 'batchLearning.title' | t }}</h1>
          @if (batch(); as b) {
            <p class="muted break">{{ b.programTitle }} · {{ b.name }}</p>
          }
        </div>
        <a mat-stroked-button name="gradebook" [routerLink]="['/' + paths.batches, id(), paths.gradebook]">
          <mat-icon>grading</mat-icon>
          {{ 'batchLearning.gradebook.title' | t }}
        </a>
      </header>
      <mat-tab-group mat-stretch-tabs [selectedIndex]="tabIndex()" (selectedIndexChange)="openTab($event)" animationDuration="0ms">
        <mat-tab [label]="'batchLearning.tab.progress' | t">
          <ng-template matTabContent>
            <bt-lesson-progress [batchId]="id()" />
          </ng-template>
        </mat-tab>
        <mat-tab [label]="'batchLearning.tab.tests' | t">
          <ng-template matTabContent>
            <bt-batch-tests [batchId]="id()" [timeZone]="timeZone()" [canSchedule]="canSchedule" [testId]="test()" [attemptId]="attempt()" />
          </ng-template>
        </mat-tab>
        <mat-tab [label]="'batchLearning.tab.assignments' | t">
          <ng-template matTabContent>
            <bt-batch-assignments [batchId]="id()" [timeZone]="timeZone()" [canSchedule]="canSchedule" [assignmentId]="assignment()" />
          </ng-template>
        </mat-tab>
      </mat-tab-group>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchLearningPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthService);

  /** From the route. */
  readonly id = input.required<string>();
  /** From the query: the tab, and what is opened in it. */
  readonly tab = input<string>();
  readonly test = input<string>();
  readonly attempt = input<string>();
  readonly assignment = input<string>();

  protected readonly paths = TrainingPaths;
  protected readonly routes = WebRoutes;
  /** The batch page needs programs:manage, which trainers lack. */
  protected readonly canOpenBatch = this.auth.can(Permission.ProgramsManage);
  protected readonly canSchedule = this.auth.can(Permission.LearningManage);
  protected readonly batch = batchContext(this.id);
  protected readonly timeZone = computed(() => this.batch()?.timeZone ?? null);
  protected readonly tabIndex = computed(() => Math.max(0, LEARNING_TABS.indexOf(this.tab() as LearningTab)));

  protected openTab(index: number): void {
    if (index === this.tabIndex()) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: LEARNING_TABS[index] } });
  }
}
