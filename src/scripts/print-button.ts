/** The behaviour of <print-button> (src/components/PrintButton.astro). */
class PrintButton extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => window.print());
    this.hidden = false;
  }
}

customElements.define('print-button', PrintButton);
