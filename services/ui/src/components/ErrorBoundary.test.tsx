import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary.tsx';

function Broken(): never {
  throw new Error('spans must be an array');
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows the error of a failing view instead of unmounting the app', () => {
    // React reports caught render errors on the console; keep the test output clean.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <div>
        <nav>still here</nav>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toBe('This view failed: spans must be an array');
    expect(screen.getByText('still here')).toBeTruthy();
    expect(logged).toHaveBeenCalled();
  });

  it('renders its children when they work', () => {
    render(
      <ErrorBoundary>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
  });
});
