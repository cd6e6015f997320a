/** The `wanted` best documents by score, best first (ties: the later-added document first). */
export function topDocuments(docs: number[], score: Float64Array, wanted: number): number[] {
  const better = (x: number, y: number) => (score[x] as number) - (score[y] as number) || x - y;
  if (docs.length <= wanted * 4) return [...docs].sort((x, y) => better(y, x)).slice(0, wanted);
  const heap: number[] = [];
  for (const doc of docs) {
    if (heap.length < wanted) {
      heap.push(doc);
      siftUp(heap, heap.length - 1, better);
    } else if (better(doc, heap[0] as number) > 0) {
      heap[0] = doc;
      siftDown(heap, 0, better);
    }
  }
  return heap.sort((x, y) => better(y, x));
}

function siftUp(heap: number[], start: number, better: (x: number, y: number) => number): void {
  let index = start;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (better(heap[index] as number, heap[parent] as number) >= 0) return;
    [heap[index], heap[parent]] = [heap[parent] as number, heap[index] as number];
    index = parent;
  }
}

function siftDown(heap: number[], start: number, better: (x: number, y: number) => number): void {
  let index = start;
  for (;;) {
    const left = index * 2 + 1;
    const right = left + 1;
    let smallest = index;
    if (left < heap.length && better(heap[left] as number, heap[smallest] as number) < 0) smallest = left;
    if (right < heap.length && better(heap[right] as number, heap[smallest] as number) < 0) smallest = right;
    if (smallest === index) return;
    [heap[index], heap[smallest]] = [heap[smallest] as number, heap[index] as number];
    index = smallest;
  }
}
