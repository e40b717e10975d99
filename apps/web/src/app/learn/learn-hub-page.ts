import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type EnrollmentView, TrainingPaths } from '@bimtek/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TrainingService } from '../training/training.service';
import { MyAssignments } from './assignments/my-assignments';
import { MyGrades } from './grades/my-grades';
import { MyLessons } from './my-lessons';
import { MyTests } from './tests/my-tests';

/** The `?tab=` values, in the order of the tabs. */
export const LEARN_TABS = ['materi', 'tes', 'tugas', 'nilai'] as const;
export type LearnTab = (typeof LEARN_TABS)[number];

/** "Belajar": a participant's lessons, tests, assignments and grades in one batch, a tab each. */
@Component({
  selector: 'bt-learn-hub-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatTabsModule, TranslatePipe, MyLessons, MyTests, MyAssignments, MyGrades],
  template: `
    <section class="page page-medium">
      <a mat-button class="back" [routerLink]="['/' + paths.catalog]">
        <mat-icon>arrow_back</mat-icon>
        {{ 'learn.backToTraining' | t }}
      </a>
      <header class="page-header">
        <div>
          @if (enrollment(); as e) {
            <h1 class="break" data-testid="learn-title">{{ e.programTitle }}</h1>
            <p class="muted break">{{ e.batchName }}</p>
          } @else {
            <h1>{{ 'learn.title' | t }}</h1>
          }
        </div>
      </header>

      <mat-tab-group
        mat-stretch-tabs
        animationDuration="0ms"
        [attr.aria-label]="'learn.tabs' | t"
        [selectedIndex]="selectedIndex()"
        (selectedIndexChange)="select($event)"
      >
        <mat-tab [label]="'learn.tab.lessons' | t">
          <bt-my-lessons [batchId]="batchId()" />
        </mat-tab>
        <mat-tab [label]="'learn.tab.tests' | t">
          <ng-template matTabContent>
            <app-my-tests [batchId]="batchId()" />
          </ng-template>
        </mat-tab>
        <mat-tab [label]="'learn.tab.assignments' | t">
          <ng-template matTabContent>
            <app-my-assignments [batchId]="batchId()" />
          </ng-template>
        </mat-tab>
        <mat-tab [label]="'learn.tab.grades' | t">
          <ng-template matTabContent>
            <app-my-grades [batchId]="batchId()" />
          </ng-template>
        </mat-tab>
      </mat-tab-group>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearnHubPage implements OnInit {
  private readonly training = inject(TrainingService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** From the route. */
  readonly batchId = input.required<string>();
  /** From the query (`?tab=tes`), so a reload or the back button returns to the same tab. */
  readonly tab = input<string | undefined>(undefined);

  protected readonly paths = TrainingPaths;
  /** The heading (programme and batch) comes from the person's own enrollments. */
  protected readonly enrollment = signal<EnrollmentView | null>(null);
  protected readonly selectedIndex = computed(() => Math.max(0, LEARN_TABS.indexOf(this.tab() as LearnTab)));

  ngOnInit(): void {
    this.training.mine().subscribe({
      next: (enrollments) => this.enrollment.set(enrollments.find((e) => e.batchId === this.batchId() && e.status === 'approved') ?? null),
      // Offline or refused: the tabs still work and say why; the heading falls back to "Belajar".
      error: () => undefined,
    });
  }

  protected select(index: number): void {
    if (index === this.selectedIndex()) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: index === 0 ? null : LEARN_TABS[index] },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
