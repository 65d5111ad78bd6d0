/** A service-to-service edge, as Jaeger's `/api/dependencies` returns it. */
export interface DependencyLink {
  readonly parent: string;
  readonly child: string;
  readonly callCount: number;
  readonly source?: string;
}
