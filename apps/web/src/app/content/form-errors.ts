import type { WritableSignal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { ErrorBody } from '@bimtek/contracts';
import type { Notifier } from '../core/notifier';
import { applyFieldErrors, errorBodyOf, findControl } from '../core/server-errors';

/**
 * A 400 with field errors: each goes under its control (`aliases` renames a request field the
 * form holds under another name, e.g. bytes typed as megabytes). Returns the messages no visible
 * control can show, for a notice in the dialog; null when the error has no field errors at all.
 */
export function placeFieldErrors(form: AbstractControl, error: unknown, aliases: Readonly<Record<string, string>> = {}): string[] | null {
  const body = errorBodyOf(error);
  if (!body?.errors?.length) return null;
  const renamed: ErrorBody = { ...body, errors: body.errors.map((e) => ({ ...e, field: aliases[e.field] ?? e.field })) };
  applyFieldErrors(form, renamed);
  return (renamed.errors ?? []).filter((e) => !findControl(form, e.field)?.enabled).map((e) => e.message);
}

/**
 * How a content dialog shows a refused save: field errors under their fields, the ones no field can
 * show in `problems`; an error without field errors (offline, 403, ...) goes to the snack bar.
 */
export function showRefusedSave(
  error: unknown,
  form: AbstractControl,
  problems: WritableSignal<string[]>,
  notifier: Notifier,
  aliases: Readonly<Record<string, string>> = {},
): void {
  const unplaced = placeFieldErrors(form, error, aliases);
  if (unplaced === null) notifier.error(error);
  else problems.set(unplaced);
}
