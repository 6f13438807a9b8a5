/** The behaviour of <print-button> (src/components/PrintButton.astro). */
import { loadLazyImages } from './print-photos.ts';

class PrintButton extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => {
      void loadLazyImages().then(() => window.print());
    });
    this.hidden = false;
  }
}

customElements.define('print-button', PrintButton);
