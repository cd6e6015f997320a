/** One import from a file in one folder of a file in another. */
export interface FolderEdge {
  from: string;
  to: string;
  where: string;
}

/**
 * The folder a project file belongs to: its first two path segments, so a subfolder counts as its parent
 * (electron/archive/backup/x.ts is in electron/archive, renderer/reading/keys/x.ts in renderer/reading).
 */
export function folderOf(file: string): string {
  const folders = file.split('/').slice(0, -1);
  return folders.slice(0, 2).join('/') || '.';
}

/**
 * One readable line per import cycle between folders: the folders in turn, and the imports that make each step.
 * Shortest cycles come first; once a cycle is named its steps are set aside, so every cycle left is named in turn.
 */
export function findFolderCycles(edges: FolderEdge[]): string[] {
  const graph = new Map<string, Map<string, string[]>>();
  for (const { from, to, where } of edges) {
    if (from === to) continue;
    const targets = graph.get(from) ?? new Map<string, string[]>();
    targets.set(to, [...(targets.get(to) ?? []), where]);
    graph.set(from, targets);
  }
  const found: string[] = [];
  for (;;) {
    const groups = stronglyConnected(graph).filter((group) => group.length > 1);
    if (groups.length === 0) return found.sort();
    for (const group of groups) {
      const cycle = group
        .map((start) => shortestCycle(graph, group, start))
        .reduce((best, next) => (next.length < best.length ? next : best));
      found.push(describeCycle(cycle, graph));
      for (const [index, from] of cycle.entries()) graph.get(from)?.delete(cycle[(index + 1) % cycle.length] ?? from);
    }
  }
}

function describeCycle(cycle: string[], graph: Map<string, Map<string, string[]>>): string {
  const steps = cycle.map((from, index) => {
    const to = cycle[(index + 1) % cycle.length] ?? from;
    const places = [...(graph.get(from)?.get(to) ?? [])].sort();
    const more = places.length > 1 ? ` and ${places.length - 1} more` : '';
    return `${places[0]}${more} (${from} → ${to})`;
  });
  return (
    `import cycle between folders ${[...cycle, cycle[0]].join(' → ')}: ${steps.join('; ')}; ` +
    'dependencies point one way, so the lower folder must stop importing the higher one.'
  );
}

/** The shortest cycle through `start` within a strongly connected group. */
function shortestCycle(graph: Map<string, Map<string, string[]>>, group: string[], start: string): string[] {
  const members = new Set(group);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const folder = queue.shift() ?? start;
    for (const next of [...(graph.get(folder)?.keys() ?? [])].sort()) {
      if (!members.has(next)) continue;
      if (next === start) return walkBack(cameFrom, folder, start);
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, folder);
      queue.push(next);
    }
  }
  return group;
}

function walkBack(cameFrom: Map<string, string>, last: string, start: string): string[] {
  const cycle = [last];
  while (cycle[0] !== start) cycle.unshift(cameFrom.get(cycle[0] ?? start) ?? start);
  return cycle;
}

/** Tarjan's strongly connected components of the folder graph. */
function stronglyConnected(graph: Map<string, Map<string, string[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (folder: string): void => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder) ?? 0);
    stack.push(folder);
    onStack.add(folder);
    for (const next of graph.get(folder)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(folder, Math.min(low.get(folder) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== folder);
    groups.push(group.sort());
  };
  for (const folder of [...graph.keys()].sort()) if (!index.has(folder)) visit(folder);
  return groups.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
