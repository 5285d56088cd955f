/** Minimal Preact test rendering: mount into happy-dom and flush effects and promises. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Mounts `vnode` and returns its container. */
export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => { render(vnode, container); });
  await flush();
  return container;
}

/** Lets pending promises and effects settle. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

/** Clicks the button whose text is `label` inside `root`. */
export async function click(root: ParentNode, label: string): Promise<void> {
  const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`no button "${label}"`);
  await act(() => { button.click(); });
  await flush();
}

/** Unmounts everything. */
export function cleanup(): void {
  for (const el of Array.from(document.body.children)) {
    render(null, el);
    el.remove();
  }
}
