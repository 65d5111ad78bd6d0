/** What the timeline can do from the keyboard; the component supplies the implementations. */
export interface TimelineKeyHandlers {
  move: (delta: number | 'first' | 'last') => void;
  collapse: (collapse: boolean) => void;
  toggleDetail: () => void;
  collapseAll: (collapse: boolean) => void;
  jump: (direction: 1 | -1) => void;
  focusSearch: () => void;
  clearSearch: () => void;
  zoom: (zoomIn: boolean) => void;
}

type Binding = {
  [K in keyof TimelineKeyHandlers]: readonly [K, ...Parameters<TimelineKeyHandlers[K]>];
}[keyof TimelineKeyHandlers];

/** Jaeger UI-like bindings, plus vim-style j/k and z/Z for zoom. */
const TIMELINE_KEYS: Readonly<Record<string, Binding>> = {
  ArrowDown: ['move', 1],
  j: ['move', 1],
  ArrowUp: ['move', -1],
  k: ['move', -1],
  PageDown: ['move', 20],
  PageUp: ['move', -20],
  Home: ['move', 'first'],
  End: ['move', 'last'],
  ArrowLeft: ['collapse', true],
  ArrowRight: ['collapse', false],
  Enter: ['toggleDetail'],
  '[': ['collapseAll', true],
  ']': ['collapseAll', false],
  n: ['jump', 1],
  N: ['jump', -1],
  '/': ['focusSearch'],
  Escape: ['clearSearch'],
  z: ['zoom', true],
  Z: ['zoom', false],
};

/** The action bound to `key`, or undefined for keys the timeline leaves to the browser. */
export function timelineKeyAction(key: string, handlers: TimelineKeyHandlers): (() => void) | undefined {
  if (!Object.hasOwn(TIMELINE_KEYS, key)) return undefined;
  const [name, ...args] = TIMELINE_KEYS[key]!;
  // The Binding type pairs each handler with its own argument list.
  const handler = handlers[name] as (...a: readonly unknown[]) => void;
  return () => {
    handler(...args);
  };
}
