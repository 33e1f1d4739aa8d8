/** What is wrong with a cron expression, in terms the problem text (useCronProblemText) words. */
export type CronFieldName = 'minute' | 'hour' | 'dayOfMonth' | 'month' | 'dayOfWeek';

export type CronProblem =
  | { kind: 'empty' }
  | { kind: 'fieldCount'; found: number }
  | { kind: 'descriptorExtra'; descriptor: string }
  | { kind: 'unknownDescriptor'; descriptor: string }
  | { kind: 'everyMissing' }
  | { kind: 'everyDuration'; duration: string }
  | { kind: 'everyNotPositive'; duration: string }
  | { kind: 'timeZone'; zone: string }
  | { kind: 'value'; field: CronFieldName; value: string }
  | { kind: 'tooLow'; field: CronFieldName; value: number; min: number; max: number }
  | { kind: 'tooHigh'; field: CronFieldName; value: number; min: number; max: number }
  | { kind: 'backwards'; field: CronFieldName; start: number; end: number }
  | { kind: 'zeroStep'; field: CronFieldName; part: string }
  | { kind: 'syntax'; field: CronFieldName; part: string }
  | { kind: 'neverRuns' };
