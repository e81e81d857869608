/**
 * A pillar's side of the page's one dock (docs/decisions.md#one-dock), small enough for every
 * content script: the dock itself is its own script (entrypoints/dock.content), injected before
 * the pillar's. Whichever runs first, the entry gets in: before the dock exists it waits in a
 * queue on the isolated world's global object, which page scripts cannot see.
 */
export type DockPillar = 'vacancy' | 'screening' | 'checklist';

export interface Dock {
  join: (pillar: DockPillar, entry: HTMLElement) => () => void;
  owns: (node: Node | null) => boolean;
}

export interface DockScope {
  __eerlijkWervenDock?: Dock;
  __eerlijkWervenDockQueue?: ((dock: Dock) => void)[];
}

const scope = globalThis as DockScope;

/** Put `entry` in this page's dock until `signal` aborts; returns a function that takes it out sooner. */
export function joinDock(pillar: DockPillar, entry: HTMLElement, signal: AbortSignal): () => void {
  let leave: (() => void) | undefined;
  let left = false;
  const join = (dock: Dock) => {
    if (!left) leave = dock.join(pillar, entry);
  };
  if (scope.__eerlijkWervenDock) join(scope.__eerlijkWervenDock);
  else (scope.__eerlijkWervenDockQueue ??= []).push(join);
  const out = () => {
    left = true;
    leave?.();
  };
  signal.addEventListener('abort', out, { once: true });
  return out;
}

/** Is `node` the dock or inside it (so a pillar does not treat it as page content)? */
export function dockOwns(node: Node | null): boolean {
  return scope.__eerlijkWervenDock?.owns(node) ?? false;
}
