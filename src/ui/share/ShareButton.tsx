/** "Link teilen": the address of what is on screen with the own scenario as a share code, copied and shown. */
import { useState } from 'react';
import { OWN, useChoice } from '../app/choice.tsx';
import { SAVING_TEXT } from '../app/savingText.ts';
import { useI18n } from '../i18n/index.ts';
import { encodeShare } from './share.ts';

/**
 * The link for the page's current address: ids of saved entries mean nothing in another browser, so `eigen` and
 * `vergleich` are dropped and an own scenario is put in as `teilen`; or why it cannot be shared by link.
 */
export function shareLink(href: string, own: Parameters<typeof encodeShare>[0] | null): { readonly link: string } | { readonly problem: { de: string; en: string } } {
  const url = new URL(href);
  url.searchParams.delete('eigen');
  url.searchParams.delete('vergleich');
  url.searchParams.delete('teilen');
  if (own) {
    const code = encodeShare(own);
    if ('problem' in code) return code;
    url.searchParams.set('teilen', code.code);
  }
  return { link: url.href };
}

export function ShareButton() {
  const { lang, t } = useI18n();
  const text = SAVING_TEXT[lang];
  const { choice, started } = useChoice();
  const [shown, setShown] = useState<{ link: string; copied: boolean } | { problem: string } | null>(null);
  const onShare = () => {
    const own = started?.scenario === OWN ? choice.own : null;
    const r = shareLink(location.href, own);
    if ('problem' in r) {
      setShown({ problem: r.problem[lang] });
      return;
    }
    setShown({ link: r.link, copied: false });
    // The clipboard may be refused (no permission, not a secure page): the link is shown to copy by hand.
    void navigator.clipboard?.writeText(r.link).then(
      () => setShown((s) => (s && 'link' in s && s.link === r.link ? { ...s, copied: true } : s)),
      () => undefined,
    );
  };
  return (
    <div className="share">
      <button type="button" onClick={onShare} aria-expanded={shown !== null}>
        {text.share}
      </button>
      {shown && 'problem' in shown && (
        <p role="alert" className="field-error">
          {shown.problem}
        </p>
      )}
      {shown && 'link' in shown && (
        <p className="share-link">
          <label>
            {shown.copied ? text.shareCopied : text.shareShown}{' '}
            <input type="text" readOnly value={shown.link} aria-label={text.shareLink} onFocus={(e) => e.target.select()} size={40} />
          </label>
          <button type="button" onClick={() => setShown(null)}>
            {t.close}
          </button>
        </p>
      )}
    </div>
  );
}
