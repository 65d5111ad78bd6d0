import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * A failing view (say, a trace shape nobody anticipated) shows its error instead of blanking the app;
 * the navigation stays usable. Keyed by location by the caller, so moving on resets it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="error" role="alert">
        <strong>This view failed:</strong> {this.state.error.message}
      </div>
    );
  }
}
