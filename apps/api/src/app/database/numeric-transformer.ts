import type { ValueTransformer } from 'typeorm';

/** pg returns NUMERIC as a string (it may not fit a double); our points and scores always do. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
