/** Props of SentenceQuote. */
export interface SentenceQuoteProps {
  /** The policy's sentence, rendered only as text. */
  text: string;
  onShow: () => void;
  /** Result of the last "show in page": null = not tried. */
  shown: boolean | null;
}

/** A sentence of the policy (as plain text), a "Show in page" button, and a note when it was not found. */
export function SentenceQuote({ text, onShow, shown }: SentenceQuoteProps) {
  return (
    <>
      <blockquote class="finding-text">{text}</blockquote>
      <button type="button" class="show-in-page" onClick={onShow}>
        Show in page
      </button>
      {shown === false ? <span class="not-found" role="status">Could not find this sentence in the page.</span> : null}
    </>
  );
}
