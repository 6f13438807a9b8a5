/** The behaviour of <copy-button> (src/components/CopyButton.astro). */
const COPIED = '已复制';
const MANUAL = '没能自动复制。文字已选中，请长按选中的文字，再点“复制”';

/** Copies with the Clipboard API, else by selecting a textarea (it keeps line breaks). */
async function copy(text: string, host: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Missing (plain http, some in-app browsers) or refused: fall back.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.rows = text.split('\n').length;
  area.className = 'copy-fallback';
  host.append(area);
  area.focus();
  area.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    // Treated as not copied.
  }
  if (copied) area.remove();
  else {
    area.dataset['visible'] = '';
    area.scrollTop = 0;
  }
  return copied;
}

class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('.copy-status');
    if (!button || !status) return;
    button.addEventListener('click', async () => {
      this.querySelector('.copy-fallback')?.remove();
      status.textContent = '';
      const copied = await copy(this.dataset['text'] ?? '', this);
      this.dataset['result'] = copied ? 'copied' : 'manual';
      status.textContent = copied ? COPIED : MANUAL;
      if (copied) button.focus();
    });
    this.hidden = false;
  }
}

customElements.define('copy-button', CopyButton);
