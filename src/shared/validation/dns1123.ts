export const DNS1123_LABEL_MAX = 63;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export type NameProblem = 'empty' | 'tooLong' | 'invalid';

/** Why `name` is not a valid DNS-1123 label (Kubernetes object name), or undefined when it is. */
export const dns1123LabelProblem = (name: string): NameProblem | undefined => {
  if (!name) {
    return 'empty';
  }
  if (name.length > DNS1123_LABEL_MAX) {
    return 'tooLong';
  }
  return DNS1123_LABEL.test(name) ? undefined : 'invalid';
};

/**
 * Cut `prefix` so that `prefix + suffix` fits a DNS-1123 label, without leaving a trailing
 * `-` where the two meet.
 */
export const fitLabel = (prefix: string, suffix: string): string => {
  const room = DNS1123_LABEL_MAX - suffix.length;
  const cut = prefix.slice(0, Math.max(room, 0)).replace(/-+$/, '');
  return `${cut}${suffix}`.replace(/^-+/, '');
};
