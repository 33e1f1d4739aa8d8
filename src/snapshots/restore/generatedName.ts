import { fitLabel } from '@shared/validation/dns1123';

/** Five lower-case letters or digits: enough to keep two quick submits apart. */
export const randomSuffix = (): string => Math.random().toString(36).slice(2, 7).padEnd(5, '0');

/** `<prefix>-<suffix>`, cut to a valid DNS-1123 label (at most 63 characters). */
export const generatedName = (prefix: string, suffix: string = randomSuffix()): string =>
  fitLabel(prefix, `-${suffix}`);
