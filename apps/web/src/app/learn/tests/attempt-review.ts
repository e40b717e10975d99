import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { AnswerKey, AttemptQuestionView, AttemptView, GivenAnswer } from '@bimtek/contracts';
import { I18n } from '../../i18n/i18n';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { percent } from './assess-format';

/** A submitted attempt once results are released: the score and, per question, the answer given, the key and the explanation. */
@Component({
  selector: 'bt-attempt-review',
  imports: [MatIconModule, TranslatePipe],
  template: `
    @let view = attempt();
    <div class="score" data-testid="attempt-score">
      <span class="muted">{{ 'assess.test.score' | t }}</span>
      @if (view.score; as score) {
        <span class="score-value">{{ percentOf(score.percent) }}</span>
        <span>{{ 'assess.test.scorePoints' | t: { earned: score.earned, available: score.available } }}</span>
      } @else {
        <span>{{ 'assess.test.essaysPending' | t }}</span>
      }
    </div>

    <h2>{{ 'assess.result.title' | t }}</h2>
    <ol class="questions">
      @for (q of view.questions; track q.position; let i = $index) {
        <li class="question" data-testid="review-question">
          <div class="head">
            <span class="strong">{{ 'assess.test.question' | t: { number: i + 1, total: view.questions.length } }}</span>
            @if (q.result; as result) {
              <span class="tag" [class.tag-warn]="result.pointsAwarded === 0" data-testid="review-points">
                @if (result.pointsAwarded === null) {
                  {{ 'assess.result.notGraded' | t }}
                } @else {
                  {{ 'assess.result.points' | t: { awarded: result.pointsAwarded, points: q.points } }}
                }
              </span>
            }
          </div>
          <p class="prompt break">{{ q.prompt }}</p>
          @if (q.result; as result) {
            @if (q.kind === 'single' || q.kind === 'multiple') {
              <ul class="options">
                @for (option of q.options; track option.id) {
                  @let correct = correctIds(result.key).includes(option.id);
                  @let chosen = chosenIds(q.answer).includes(option.id);
                  <li [class.correct]="correct" [class.chosen]="chosen" [attr.data-option]="option.id">
                    <mat-icon aria-hidden="true">{{ correct ? 'check_circle' : chosen ? 'cancel' : 'radio_button_unchecked' }}</mat-icon>
                    <span class="break">
                      {{ option.text }}
                      @if (correct) {
                        <span class="visually-hidden">({{ 'assess.result.correctOption' | t }})</span>
                      }
                      @if (chosen) {
                        <span class="muted small"> · {{ 'assess.result.chosenOption' | t }}</span>
                      }
                    </span>
                  </li>
                }
              </ul>
            } @else {
              <p class="break">
                <span class="muted">{{ 'assess.result.yourAnswer' | t }}:</span>
                <span class="answer" data-testid="review-answer">{{ givenText(q.answer) || ('assess.result.noAnswer' | t) }}</span>
              </p>
              @switch (result.key.kind) {
                @case ('trueFalse') {
                  <p data-testid="review-key"><span class="muted">{{ 'assess.result.correctAnswer' | t }}:</span> {{ keyText(result.key) }}</p>
                }
                @case ('shortAnswer') {
                  <p class="break" data-testid="review-key">{{ 'assess.result.accepted' | t: { answers: keyText(result.key) } }}</p>
                }
                @case ('essay') {
                  <p class="muted small">{{ 'assess.result.essay' | t }}</p>
                }
              }
            }
            @if (result.explanation) {
              <div class="explanation" data-testid="review-explanation">
                <span class="strong">{{ 'assess.result.explanation' | t }}</span>
                <p class="break">{{ result.explanation }}</p>
              </div>
            }
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .score {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 4px;
      padding: 16px;
      margin-bottom: 24px;
      border-radius: 16px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      .muted {
        color: inherit;
        opacity: 0.8;
      }
    }
    .score-value {
      font: var(--mat-sys-display-small);
    }
    .questions {
      list-style: none;
      padding: 0;
      margin: 12px 0 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .question {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 8px;
    }
    .prompt {
      white-space: pre-wrap;
    }
    .options {
      list-style: none;
      padding: 0;
      margin: 0;
      li {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        padding: 4px 0;
      }
      li.correct mat-icon {
        color: #2e7d32;
      }
      li.chosen:not(.correct) mat-icon {
        color: var(--mat-sys-error);
      }
    }
    .answer {
      white-space: pre-wrap;
    }
    .explanation {
      margin-top: 8px;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      p {
        margin: 4px 0 0;
        white-space: pre-wrap;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttemptReview {
  private readonly i18n = inject(I18n);

  readonly attempt = input.required<AttemptView>();

  protected percentOf(value: number): string {
    return percent(value, this.i18n.locale());
  }

  protected correctIds(key: AnswerKey): string[] {
    if (key.kind === 'single') return [key.correctOptionId];
    return key.kind === 'multiple' ? key.correctOptionIds : [];
  }

  protected chosenIds(answer: GivenAnswer | null): string[] {
    if (answer?.kind === 'single') return answer.optionId ? [answer.optionId] : [];
    return answer?.kind === 'multiple' ? answer.optionIds : [];
  }

  protected givenText(answer: AttemptQuestionView['answer']): string {
    if (answer?.kind === 'trueFalse') return answer.value === null ? '' : this.truth(answer.value);
    return answer?.kind === 'shortAnswer' || answer?.kind === 'essay' ? answer.text : '';
  }

  protected keyText(key: AnswerKey): string {
    if (key.kind === 'trueFalse') return this.truth(key.correct);
    return key.kind === 'shortAnswer' ? key.accepted.join(', ') : '';
  }

  private truth(value: boolean): string {
    return this.i18n.t(value ? 'assess.test.true' : 'assess.test.false');
  }
}
