import type { GivenAnswer } from '@bimtek/contracts';

/** Whether an answer counts as answered: a choice made, or text that is not blank. */
export function isAnswered(answer: GivenAnswer | null | undefined): boolean {
  if (!answer) return false;
  switch (answer.kind) {
    case 'single':
      return answer.optionId !== null;
    case 'multiple':
      return answer.optionIds.length > 0;
    case 'trueFalse':
      return answer.value !== null;
    case 'shortAnswer':
    case 'essay':
      return answer.text.trim() !== '';
  }
}

/** A multiple-choice answer with one option ticked or unticked, in the order the options are shown. */
export function toggledOptions(current: readonly string[], optionId: string, checked: boolean, order: readonly string[]): string[] {
  const chosen = new Set(current);
  if (checked) chosen.add(optionId);
  else chosen.delete(optionId);
  return order.filter((id) => chosen.has(id));
}
