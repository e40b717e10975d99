/** One line per changed field, e.g. `active: true → false`; plain values as `key: value`. */
export function describeDetails(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([field, value]) => {
    if (isChange(value)) return `${field}: ${show(value.from)} → ${show(value.to)}`;
    return `${field}: ${show(value)}`;
  });
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '—';
}
