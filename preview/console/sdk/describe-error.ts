/** An error and its `cause` chain as one line ("a: b: c"). */
export const describeError = (error: unknown): string => {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (Array.isArray(current)) {
      parts.push(current.map(describeError).join('; '));
      break;
    }
    if (current instanceof Error) {
      parts.push(current.message);
      current = (current as Error & { cause?: unknown }).cause;
    } else if (current instanceof Event) {
      const target = current.target as HTMLScriptElement | null;
      parts.push(`${current.type} loading ${target?.src ?? 'a script'}`);
      break;
    } else {
      parts.push(typeof current === 'string' ? current : JSON.stringify(current));
      break;
    }
  }
  return parts.filter(Boolean).join(': ');
};
