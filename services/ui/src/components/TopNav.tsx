import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { NavLink, useNavigate } from 'react-router-dom';
import { readInjectedVersion, type MenuItem } from '../config/ui-config.ts';
import { useApp } from '../context.tsx';

function MenuEntry({ item }: { item: MenuItem }): ReactNode {
  if (item.items) {
    return (
      <details className="nav-group">
        <summary>{item.label}</summary>
        <div className="nav-group-items">
          {item.items.map((child) => (
            <MenuEntry key={child.label} item={child} />
          ))}
        </div>
      </details>
    );
  }
  return (
    <a href={item.url} target={item.anchorTarget ?? '_blank'} rel="noopener noreferrer">
      {item.label}
    </a>
  );
}

/** Jaeger UI's About menu: the version the query service injected (the admin port's `/version`). */
function AboutMenu(): ReactNode {
  const version = readInjectedVersion();
  return (
    <details className="nav-group about-menu">
      <summary>About</summary>
      <div className="nav-group-items">
        <span>Spanstream {version.gitVersion === '' ? '(unknown version)' : version.gitVersion}</span>
        {version.gitCommit !== '' && <span>commit {version.gitCommit.slice(0, 12)}</span>}
        {version.buildDate !== '' && <span>built {version.buildDate}</span>}
        <span>Jaeger-compatible tracing backend</span>
        <a href="https://github.com/jaegertracing/jaeger-ui" target="_blank" rel="noopener noreferrer">
          Jaeger UI (the UI this one follows)
        </a>
      </div>
    </details>
  );
}

export function TopNav(): ReactNode {
  const { config } = useApp();
  const navigate = useNavigate();
  const [lookup, setLookup] = useState('');
  const onLookup = (e: SyntheticEvent): void => {
    e.preventDefault();
    const ids = lookup.split(/[\s,]+/).filter((s) => s !== '');
    if (ids.length === 1) void navigate(`/trace/${ids[0]!.toLowerCase()}`);
    else if (ids.length > 1)
      void navigate(`/search?${ids.map((id) => `traceID=${encodeURIComponent(id)}`).join('&')}`);
  };
  return (
    <nav className="top-nav">
      <span className="brand">Spanstream</span>
      <NavLink to="/search">Search</NavLink>
      <NavLink to="/compare">Compare</NavLink>
      {config.dependencies.menuEnabled && <NavLink to="/dependencies">System Architecture</NavLink>}
      {config.monitor.menuEnabled && <NavLink to="/monitor">Monitor</NavLink>}
      <NavLink to="/live">Live</NavLink>
      {config.menu.map((item) => (
        <MenuEntry key={item.label} item={item} />
      ))}
      <AboutMenu />
      <form className="trace-lookup" onSubmit={onLookup}>
        <input
          aria-label="Lookup by Trace ID"
          placeholder="Lookup by Trace ID…"
          value={lookup}
          onChange={(e) => {
            setLookup(e.target.value);
          }}
        />
      </form>
    </nav>
  );
}
