import type { ReactNode } from 'react';

/** The "Hide services" picker of System Architecture and the Deep Dependency Graph: one checkbox per service. */
export function HiddenServices(props: {
  services: readonly string[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}): ReactNode {
  const { services, hidden, onChange } = props;
  const toggle = (s: string): void =>
    onChange(hidden.includes(s) ? hidden.filter((h) => h !== s) : [...hidden, s]);
  return (
    <details className="ddg-hide">
      <summary>Hide services ({hidden.length} hidden)</summary>
      {services.map((s) => (
        <label key={s}>
          <input
            type="checkbox"
            aria-label={`Hide ${s}`}
            checked={hidden.includes(s)}
            onChange={() => toggle(s)}
          />{' '}
          {s}
        </label>
      ))}
    </details>
  );
}
