import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { type ProgramView, TrainingPaths } from '@bimtek/contracts';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ProgramsService } from '../programs/programs.service';
import { AssignmentsTab } from './assignments-tab';
import { GradeWeightsForm } from './grade-weights-form';
import { LessonsTab } from './lessons-tab';
import { QuestionsTab } from './questions-tab';
import { TestsTab } from './tests-tab';

/**
 * `program/:id/materi`: a programme's learning material. Lessons, the question bank and
 * assignments belong to a module (picked above them); tests and the grade weights to the whole
 * programme, so their tabs have no module picker.
 */
@Component({
  selector: 'bt-content-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    TranslatePipe,
    LessonsTab,
    QuestionsTab,
    AssignmentsTab,
    TestsTab,
    GradeWeightsForm,
  ],
  template: `
    <section class="page">
      <a mat-button class="back" [routerLink]="['/' + paths.programs, id()]">
        <mat-icon>arrow_back</mat-icon>
        {{ 'content.back' | t }}
      </a>
      <header class="page-header">
        <div>
          <h1>{{ 'content.title' | t }}</h1>
          @if (program(); as p) {
            <p class="muted break">{{ p.title }} ({{ p.year }})</p>
          }
        </div>
      </header>

      @if (program(); as p) {
        <mat-tab-group [(selectedIndex)]="tab" animationDuration="0ms" [mat-stretch-tabs]="false">
          <mat-tab [label]="'content.tab.lessons' | t">
            <ng-template matTabContent>
              <ng-container [ngTemplateOutlet]="picker" />
              @if (moduleId(); as m) {
                <bt-lessons-tab [programId]="p.id" [moduleId]="m" />
              }
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'content.tab.questions' | t">
            <ng-template matTabContent>
              <ng-container [ngTemplateOutlet]="picker" />
              @if (moduleId(); as m) {
                <bt-questions-tab [programId]="p.id" [moduleId]="m" />
              }
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'content.tab.tests' | t">
            <ng-template matTabContent>
              <bt-tests-tab [program]="p" />
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'content.tab.assignments' | t">
            <ng-template matTabContent>
              <ng-container [ngTemplateOutlet]="picker" />
              @if (moduleId(); as m) {
                <bt-assignments-tab [program]="p" [moduleId]="m" />
              }
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'content.tab.weights' | t">
            <ng-template matTabContent>
              <bt-grade-weights-form [programId]="p.id" />
            </ng-template>
          </mat-tab>
        </mat-tab-group>

        <ng-template #picker>
          @if (modules().length === 0) {
            <p class="notice" data-testid="no-modules">{{ 'content.noModules' | t }}</p>
          } @else {
            <mat-form-field class="picker">
              <mat-label>{{ 'content.module' | t }}</mat-label>
              <mat-select name="module" [value]="moduleId()" (valueChange)="moduleId.set($event)">
                @for (module of modules(); track module.id; let i = $index) {
                  <mat-option [value]="module.id">{{ i + 1 }}. {{ module.title }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
        </ng-template>
      } @else {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
      }
    </section>
  `,
  styles: `
    .picker {
      max-width: 560px;
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContentPage {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);

  /** The programme, from the route. */
  readonly id = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly program = signal<ProgramView | null>(null);
  protected readonly modules = computed(() => [...(this.program()?.modules ?? [])].sort((a, b) => a.position - b.position));
  /** The module the lessons, bank and assignments tabs show; shared so switching tabs keeps it. */
  protected readonly moduleId = signal<string | null>(null);
  protected readonly tab = signal(0);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  private load(id: string): void {
    this.programs.get(id).subscribe({
      next: (program) => {
        this.program.set(program);
        if (!program.modules.some((m) => m.id === this.moduleId())) this.moduleId.set(this.modules()[0]?.id ?? null);
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
