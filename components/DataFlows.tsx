import type { DataFlows as Flows, Flow } from '../lib/data-flows';
import { SentenceQuote } from './SentenceQuote';

/** Props of DataFlows. */
export interface DataFlowsProps {
  flows: Flows;
  /** Finds a flow's sentence in the page (key, sentence). */
  onShow: (key: string, text: string) => void;
  /** "show in page" results by key. */
  shown: ReadonlyMap<string, boolean>;
}

const LISTS: ReadonlyArray<{ id: keyof Flows; heading: string }> = [
  { id: 'collected', heading: 'Collected' },
  { id: 'shared', heading: 'Shared with' },
  { id: 'sold', heading: 'Sold' },
];

function FlowItem({ flow, onShow, shown }: { flow: Flow; onShow: DataFlowsProps['onShow']; shown: boolean | null }) {
  return (
    <li class="flow" data-flow={flow.key}>
      <span class="flow-what">{flow.what}</span>
      {flow.detail ? <span class="flow-detail"> {flow.detail}</span> : null}
      {flow.text ? (
        <details>
          <summary>The sentence</summary>
          <SentenceQuote text={flow.text} onShow={() => onShow(flow.key, flow.text)} shown={shown} />
        </details>
      ) : null}
    </li>
  );
}

/**
 * "What does this policy do with my data?": what is collected, who receives it and why, and what
 * is sold, each entry with its sentence (as plain text) and Show in page. Nothing when the engine
 * read no flow.
 */
export function DataFlows({ flows, onShow, shown }: DataFlowsProps) {
  if (LISTS.every(({ id }) => flows[id].length === 0)) return null;
  return (
    <section class="data-flows" aria-labelledby="data-flows-heading">
      <details open>
        <summary>
          <h2 id="data-flows-heading">Data flows</h2>
        </summary>
        {LISTS.filter(({ id }) => flows[id].length > 0).map(({ id, heading }) => (
          <div key={id} class={`flows flows-${id}`}>
            <h3 id={`flows-${id}`}>{heading}</h3>
            <ul aria-labelledby={`flows-${id}`}>
              {flows[id].map((f) => (
                <FlowItem key={f.key} flow={f} onShow={onShow} shown={shown.get(f.key) ?? null} />
              ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}
