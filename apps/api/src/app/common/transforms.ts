type TransformArgs = { value: unknown };

export const trimmed = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim() : value);

export const lowerTrimmed = ({ value }: TransformArgs) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Optional text: surrounding spaces dropped, an empty string means "none". */
export const trimmedOrNull = ({ value }: TransformArgs) => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
};

/** NIP and NIK are often pasted with spaces or dots; store the digits. */
export const identityNumber = ({ value }: TransformArgs) => {
  if (typeof value !== 'string') return value;
  const digits = value.replace(/[\s.]/g, '');
  return digits === '' ? null : digits;
};
