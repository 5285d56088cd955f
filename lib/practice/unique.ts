/** The distinct items of `xs`, in first-seen order. */
export const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
