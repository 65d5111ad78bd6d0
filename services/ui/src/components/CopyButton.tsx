import { useState, type ReactNode } from 'react';

/** Puts `text` on the clipboard; plain-HTTP pages (no Clipboard API) fall back to a hidden textarea. */
async function copyText(text: string): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard !== undefined && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  // The only copy path a non-secure page has; deprecated but still implemented everywhere.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  document.execCommand('copy');
  area.remove();
}

/** A small "copy" button that says "copied" for a moment. */
export function CopyButton(props: { text: string; label?: string }): ReactNode {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={props.label ?? 'Copy'}
      title={props.label ?? 'Copy'}
      onClick={(event) => {
        event.stopPropagation();
        void copyText(props.text).then(() => {
          setCopied(true);
          setTimeout(() => {
            setCopied(false);
          }, 1200);
        });
      }}
    >
      {copied ? 'copied' : 'copy'}
    </button>
  );
}
