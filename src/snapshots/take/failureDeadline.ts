export const DEADLINE_UNITS = ['s', 'm', 'h'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export const isDeadlineUnit = (value: string): value is DeadlineUnit =>
  (DEADLINE_UNITS as readonly string[]).includes(value);

export type DeadlineProblem = 'format' | 'tooShort' | 'tooLong';

export type FailureDeadline =
  /** Empty: the field is omitted and the controller default (5m) applies. */
  | { kind: 'default' }
  /** 0: KubeVirt never fails the snapshot. */
  | { kind: 'none'; duration: string }
  | { kind: 'duration'; duration: string }
  | { kind: 'invalid'; problem: DeadlineProblem };

// Plain decimal only: no sign, spaces, exponent or hex, which Go's duration parser refuses.
const DECIMAL = /^\d+(\.\d+)?$/;
const SECONDS_PER_UNIT: Record<DeadlineUnit, number> = { s: 1, m: 60, h: 3600 };
// Go's time.Duration is int64 nanoseconds; a longer value fails to parse at admission.
const MAX_SECONDS = 9_223_372_036;

/** Reads the deadline field as typed (never trimmed) into what will be sent. */
export const parseFailureDeadline = (value: string, unit: DeadlineUnit): FailureDeadline => {
  if (value === '') {
    return { kind: 'default' };
  }
  if (!DECIMAL.test(value)) {
    return { kind: 'invalid', problem: 'format' };
  }
  const seconds = Number(value) * SECONDS_PER_UNIT[unit];
  if (seconds === 0) {
    return { kind: 'none', duration: '0s' };
  }
  // Under a second is useless, and below a nanosecond Go rounds it to 0 = no deadline.
  if (seconds < 1) {
    return { kind: 'invalid', problem: 'tooShort' };
  }
  if (seconds > MAX_SECONDS) {
    return { kind: 'invalid', problem: 'tooLong' };
  }
  return { kind: 'duration', duration: `${value}${unit}` };
};

/** The `spec.failureDeadline` value to send, or undefined to omit the field. */
export const failureDeadlineValue = (deadline: FailureDeadline): string | undefined =>
  deadline.kind === 'duration' || deadline.kind === 'none' ? deadline.duration : undefined;
