export { describeError } from '../../sdk/describe-error';
export type { PluginProblem } from '../../sdk/problem-store';
