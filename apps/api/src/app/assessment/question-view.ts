import type { QuestionView } from '@bimtek/contracts';
import type { Question } from './question.entity';

export function questionView(q: Question): QuestionView {
  return {
    id: q.id,
    moduleId: q.moduleId,
    kind: q.kind,
    prompt: q.prompt,
    options: q.options,
    key: q.answerKey,
    points: q.points,
    explanation: q.explanation,
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
  };
}
