import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { ASSESSMENT_LIMITS, type AttemptQuestionView, type GivenAnswer } from '@bimtek/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { TEXT_SAVE_DELAY_MS } from './answer-queue';
import { toggledOptions } from './given-answer';

/** A change of answer; text waits for a pause in typing before it is saved. */
export interface AnswerChange {
  answer: GivenAnswer;
  delayMs: number;
}

/** One question's answer field: radios, checkboxes, true/false, a short text or an essay. */
@Component({
  selector: 'bt-question-input',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslatePipe],
  template: `
    @let q = question();
    @let labelId = 'prompt-' + q.position;
    @switch (q.kind) {
      @case ('single') {
        <p class="muted small">{{ 'assess.test.chooseOne' | t }}</p>
        <mat-radio-group class="choices" [value]="optionId()" [disabled]="disabled()" [attr.aria-labelledby]="labelId" (change)="choose($event.value)">
          @for (option of q.options; track option.id) {
            <mat-radio-button [value]="option.id" [attr.data-option]="option.id">{{ option.text }}</mat-radio-button>
          }
        </mat-radio-group>
      }
      @case ('multiple') {
        <p class="muted small">{{ 'assess.test.chooseMany' | t }}</p>
        <div class="choices" role="group" [attr.aria-labelledby]="labelId">
          @for (option of q.options; track option.id) {
            <mat-checkbox [checked]="optionIds().includes(option.id)" [disabled]="disabled()" [attr.data-option]="option.id" (change)="toggle(option.id, $event.checked)">
              {{ option.text }}
            </mat-checkbox>
          }
        </div>
      }
      @case ('trueFalse') {
        <mat-radio-group class="choices" [value]="truth()" [disabled]="disabled()" [attr.aria-labelledby]="labelId" (change)="judge($event.value)">
          <mat-radio-button [value]="true" data-option="true">{{ 'assess.test.true' | t }}</mat-radio-button>
          <mat-radio-button [value]="false" data-option="false">{{ 'assess.test.false' | t }}</mat-radio-button>
        </mat-radio-group>
      }
      @case ('shortAnswer') {
        <mat-form-field class="text-answer">
          <mat-label>{{ 'assess.test.shortAnswer' | t }}</mat-label>
          <input #short matInput name="answer" autocomplete="off" [value]="text()" [attr.maxlength]="limits.shortAnswer" [disabled]="disabled()" (input)="write(short.value)" />
        </mat-form-field>
      }
      @case ('essay') {
        <mat-form-field class="text-answer">
          <mat-label>{{ 'assess.test.essay' | t }}</mat-label>
          <textarea #essay matInput name="answer" rows="10" [value]="text()" [attr.maxlength]="limits.essay" [disabled]="disabled()" (input)="write(essay.value)"></textarea>
          <mat-hint align="end">{{ text().length }}/{{ limits.essay }}</mat-hint>
        </mat-form-field>
      }
    }
  `,
  styles: `
    .choices {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .choices mat-radio-button,
    .choices mat-checkbox {
      min-height: 48px;
      overflow-wrap: anywhere;
    }
    .text-answer {
      width: 100%;
    }
    p {
      margin: 0 0 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionInput {
  readonly question = input.required<AttemptQuestionView>();
  readonly answer = input<GivenAnswer | null>(null);
  readonly disabled = input(false);
  readonly changed = output<AnswerChange>();

  protected readonly limits = ASSESSMENT_LIMITS;
  protected readonly optionId = computed(() => {
    const answer = this.answer();
    return answer?.kind === 'single' ? answer.optionId : null;
  });
  protected readonly optionIds = computed(() => {
    const answer = this.answer();
    return answer?.kind === 'multiple' ? answer.optionIds : [];
  });
  protected readonly truth = computed(() => {
    const answer = this.answer();
    return answer?.kind === 'trueFalse' ? answer.value : null;
  });
  protected readonly text = computed(() => {
    const answer = this.answer();
    return answer?.kind === 'shortAnswer' || answer?.kind === 'essay' ? answer.text : '';
  });

  protected choose(optionId: string): void {
    this.changed.emit({ answer: { kind: 'single', optionId }, delayMs: 0 });
  }

  protected toggle(optionId: string, checked: boolean): void {
    const order = this.question().options.map((option) => option.id);
    this.changed.emit({ answer: { kind: 'multiple', optionIds: toggledOptions(this.optionIds(), optionId, checked, order) }, delayMs: 0 });
  }

  protected judge(value: boolean): void {
    this.changed.emit({ answer: { kind: 'trueFalse', value }, delayMs: 0 });
  }

  protected write(text: string): void {
    const kind = this.question().kind === 'essay' ? 'essay' : 'shortAnswer';
    this.changed.emit({ answer: { kind, text }, delayMs: TEXT_SAVE_DELAY_MS });
  }
}
