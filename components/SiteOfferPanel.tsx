import type { SiteOffer } from '../lib/messages';

/** Props of SiteOfferPanel. */
export interface SiteOfferPanelProps {
  /** undefined while PolicyLens is still looking for the link. */
  offer: SiteOffer | undefined;
  onAnalyzeSite: () => void;
}

const isWeb = (url: string): boolean => /^https?:\/\//i.test(url);

/**
 * On a page that is not a policy: the site's privacy-policy link, and the offer to fetch and
 * analyse that one page. Nothing is fetched before the click (unless the user turned on
 * automatic site analysis in the options).
 */
export function SiteOfferPanel({ offer, onAnalyzeSite }: SiteOfferPanelProps) {
  if (!offer) {
    return <section class="site-offer" role="status" aria-busy="true"><p>Looking for this site's privacy policy…</p></section>;
  }
  const link = offer.link;
  if (!link) {
    const why = offer.status === 'error' ? `Could not look for this site's privacy policy: ${offer.error ?? 'the page could not be read'}.` : "No link to this site's privacy policy was found on this page.";
    return <section class="site-offer" role="status"><p>{why}</p></section>;
  }
  const open = isWeb(link.url) ? <a href={link.url} target="_blank" rel="noopener noreferrer">Open it</a> : null;
  return (
    <section class="site-offer" role="status" aria-busy={offer.status === 'analysing'}>
      <h2>This site's privacy policy</h2>
      <p>
        Linked from this page as "<span class="offer-text">{link.text}</span>": <span class="offer-url">{link.url}</span>
      </p>
      {offer.status === 'analysing' ? <p>Fetching and analysing the policy…</p> : null}
      {offer.status === 'error' ? <p class="offer-error" role="alert">{offer.error ?? 'The site analysis failed.'}</p> : null}
      {offer.fetchable && offer.status !== 'analysing' ? (
        <>
          <button type="button" class="primary" onClick={onAnalyzeSite}>
            {offer.status === 'error' ? 'Try again' : "Analyse this site's privacy policy"}
          </button>
          <p class="offer-note">PolicyLens fetches this one page from the site you are on; nothing is sent anywhere else.</p>
        </>
      ) : null}
      {!offer.fetchable ? (
        <p class="offer-note">
          It is on another part of the site, which PolicyLens does not fetch by itself. {open}
          {open ? ' and PolicyLens reads it there.' : null}
        </p>
      ) : null}
    </section>
  );
}
