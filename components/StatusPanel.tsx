/** Props of StatusPanel. */
export interface StatusPanelProps {
  kind: 'info' | 'busy' | 'error';
  title: string;
  message?: string;
  actionLabel?: string;
  onAction?: () => void;
}

/** A state of the popup other than results: not a policy, analysing, error. */
export function StatusPanel({ kind, title, message, actionLabel, onAction }: StatusPanelProps) {
  return (
    <section class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={kind === 'busy'}>
      <h2>{title}</h2>
      {message ? <p>{message}</p> : null}
      {actionLabel && onAction ? (
        <button type="button" class="primary" onClick={onAction}>
          {actionLabel}
        </button>
      ) : null}
    </section>
  );
}
