/** A message about a sidecar, placed at a 1-based line and column of the sidecar file. */
export interface SidecarProblem {
  /** error: the sidecar is not loaded (fully) and will not be overwritten; warning/info: loaded, worth a look. */
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The annotation concerned, when there is one. */
  readonly id?: string;
}
