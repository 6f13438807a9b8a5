/** The behaviour of <reading-settings> (src/components/ReadingSettings.astro). */
const root = document.documentElement;

/** Remembers a setting; private browsing may refuse, and the page still works. */
function remember(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered across pages, nothing more.
  }
}

class ReadingSettings extends HTMLElement {
  connectedCallback() {
    const sizes = [...this.querySelectorAll<HTMLButtonElement>('.size')];
    const contrast = this.querySelector<HTMLButtonElement>('.contrast');
    const show = () => {
      const size = root.dataset['textSize'] ?? 'normal';
      for (const button of sizes)
        button.setAttribute('aria-pressed', String(button.dataset['size'] === size));
      contrast?.setAttribute('aria-pressed', String(root.dataset['contrast'] === 'high'));
    };
    for (const button of sizes) {
      button.addEventListener('click', () => {
        root.dataset['textSize'] = button.dataset['size'] ?? 'normal';
        remember('text-size', root.dataset['textSize']);
        show();
      });
    }
    contrast?.addEventListener('click', () => {
      root.dataset['contrast'] = root.dataset['contrast'] === 'high' ? 'normal' : 'high';
      remember('contrast', root.dataset['contrast']);
      show();
    });
    show();
    this.hidden = false;
  }
}

customElements.define('reading-settings', ReadingSettings);
