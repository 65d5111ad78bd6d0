/** One reason a custom resource is refused: where in the document (`spec.storage.type`) and why. */
export interface CrIssue {
  readonly path: string;
  readonly message: string;
}

/** `spec.tolerations[0].operator` from the segments of a path. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${String(segment)}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function formatIssues(issues: readonly CrIssue[]): string {
  return issues
    .map((issue) => `${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`)
    .join('\n');
}

/** Thrown by `up` and `render` on a CR that `validate` refuses: the same list of issues. */
export class InvalidCrError extends Error {
  readonly code = 'CR_INVALID';
  readonly issues: readonly CrIssue[];

  constructor(issues: readonly CrIssue[]) {
    super(`invalid Jaeger resource:\n${formatIssues(issues)}`);
    this.name = 'InvalidCrError';
    this.issues = issues;
  }
}
