/**
 * Whether an element tree nests deeper than `limit` levels, found with an explicit stack and
 * an early exit, so that it costs one element walk at most and never recurses.
 *
 * Why: Readability's work grows much faster than linearly with nesting depth (a page of 1,000
 * nested divs takes ~10 s under linkedom, 5,000 never finishes), so hostile or broken pages are
 * routed to the plain walker instead. Real pages nest a few dozen levels.
 * @param root the subtree to measure
 * @param limit the depth that is too deep
 */
export function nestsDeeperThan(root: Element, limit: number): boolean {
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > limit) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}

/** The depth of the deepest element under `root` (root = 0); for measurements. */
export function maxDepth(root: Element): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > max) max = depth;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return max;
}
